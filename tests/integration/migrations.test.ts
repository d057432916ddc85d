import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { generateTypes } from 'payload/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataModelMarkdown } from '../../scripts/lib/dataModel'
import { startApp, type TestApp } from '../helpers/app'

let app: TestApp
const kind = process.env.TEST_DATABASE ?? 'sqlite'

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

describe('committed migrations', () => {
  // MongoDB has no schema migrations, so there is nothing to compare there.
  it.skipIf(kind === 'mongodb')(`${kind}: the committed migrations already describe every collection (no new statements)`, async () => {
    const committed = path.resolve(import.meta.dirname, '../../src/migrations', kind)
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), `contestkit-migrations-${kind}-`))
    await fs.cp(committed, scratch, { recursive: true })
    const before = new Set(await fs.readdir(scratch))
    const adapter = app.payload.db as unknown as {
      createMigration: (args: { forceAcceptWarning: boolean; migrationName: string; payload: unknown; skipEmpty: boolean }) => Promise<void>
      migrationDir: string
    }
    const original = adapter.migrationDir
    adapter.migrationDir = scratch
    try {
      // forceAcceptWarning: with no changes a blank migration is written instead of a prompt or an exit.
      await adapter.createMigration({ forceAcceptWarning: true, migrationName: 'check', payload: app.payload, skipEmpty: false })
    } finally {
      adapter.migrationDir = original
    }
    const created = (await fs.readdir(scratch)).filter((file) => !before.has(file) && file.endsWith('.ts'))
    expect(created).toHaveLength(1)
    const migration = await fs.readFile(path.join(scratch, created[0]), 'utf8')
    // A blank migration has no SQL; anything else means `npm run migrate:create -- <name>` was forgotten.
    expect(migration).not.toMatch(/sql`/)
    await fs.rm(scratch, { force: true, recursive: true })
  })
})

describe('committed generated files match the code', () => {
  it('docs/data-model.md is the diagram of the collections (npm run generate:datamodel)', async () => {
    const committed = await fs.readFile(path.resolve(import.meta.dirname, '../../docs/data-model.md'), 'utf8')
    expect(committed).toBe(dataModelMarkdown(app.payload.config.collections))
  })

  // The types come out the same on every database (ids are strings everywhere); one is enough.
  it.skipIf(kind !== 'sqlite')('src/payload-types.ts is current (npm run generate:types)', async () => {
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'contestkit-types-'))
    const output = path.join(scratch, 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = output
    try {
      await generateTypes(app.payload.config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = await fs.readFile(path.resolve(import.meta.dirname, '../../src/payload-types.ts'), 'utf8')
    expect(committed).toBe(await fs.readFile(output, 'utf8'))
    await fs.rm(scratch, { force: true, recursive: true })
  })
})
