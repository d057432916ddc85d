import type { Payload } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { logRequestId } from '../../hooks/root/logRequestId'
import { checkReadiness } from '../../src/health/readiness'
import { migrations as postgresMigrations } from '../../src/migrations/postgres/index'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite/index'
import { startApp, type TestApp } from '../helpers/app'

let app: TestApp
const kind = process.env.TEST_DATABASE ?? 'sqlite'
const SECRET_URL = 'postgres://contestkit:s3cret-password@db.internal:5432/contestkit'

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

/** The same Payload with another database adapter: how the readiness check sees a database that is gone. */
const withAdapter = (adapter: object): Payload => Object.create(app.payload, { db: { value: adapter } }) as Payload

describe('GET /api/health (liveness)', () => {
  it('answers 200 { status: ok } to anyone, uncached, without touching the database', async () => {
    const db = app.payload.db as unknown as Record<string, unknown>
    const spies = ['count', 'execute', 'find', 'findOne']
      .filter((name) => typeof db[name] === 'function')
      .map((name) => vi.spyOn(db as any, name))
    try {
      const response = await app.rest.get('/health')
      expect(response.status).toBe(200)
      expect(response.body).toEqual({ status: 'ok' })
      expect(response.headers.get('cache-control')).toBe('no-store')
      for (const spy of spies) expect(spy).not.toHaveBeenCalled()
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })
})

describe('GET /api/health/ready (readiness)', () => {
  it('answers 200 with every check ok on a pushed database (tests push the schema, as development does)', async () => {
    const response = await app.rest.get('/health/ready')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.body.status).toBe('ok')
    expect(response.body.checks.database).toBe('ok')
    expect(response.body.checks.storage).toBe('ok')
    expect(response.body.checks.migrations).toMatch(kind === 'mongodb' ? /^ok$/ : /^push mode/)
  })

  it('answers 503 naming storage when the uploads folder cannot take a file, and 200 again once it can', async () => {
    const media = path.join(app.uploads, 'media')
    await fs.rm(media, { force: true, recursive: true })
    // A file where the folder should be: no mkdir or write can succeed there, even as root.
    await fs.writeFile(media, 'not a folder')
    try {
      const response = await app.rest.get('/health/ready')
      expect(response.status).toBe(503)
      expect(response.body.status).toBe('unavailable')
      expect(response.body.checks.database).toBe('ok')
      expect(response.body.checks.storage).toMatch(/^cannot write .*media: (EEXIST|ENOTDIR)$/)
      expect(response.body.checks.storage).not.toMatch(/attachments/)
      expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.(js|ts):\d+/)
    } finally {
      await fs.rm(media, { force: true })
    }
    // The check creates the folder as Payload would on the first upload.
    expect((await app.rest.get('/health/ready')).status).toBe(200)
    const leftovers = (await fs.readdir(media)).filter((name) => name.startsWith('.health-'))
    expect(leftovers).toEqual([])
  })

  it('names the database, and only a code, when the database refuses connections; the connection string stays out', async () => {
    const refused = Object.assign(new Error(`connect ECONNREFUSED 10.0.0.9:5432 (${SECRET_URL})`), { code: 'ECONNREFUSED' })
    const broken = { drizzle: {}, execute: () => Promise.reject(refused), name: 'postgres' }
    const readiness = await checkReadiness(withAdapter(broken))
    expect(readiness.status).toBe('unavailable')
    expect(readiness.checks.database).toBe('unreachable (ECONNREFUSED)')
    expect(readiness.checks.migrations).toBe('not checked (database unreachable)')
    expect(readiness.checks.storage).toBe('ok')
    const body = JSON.stringify(readiness)
    expect(body).not.toContain('s3cret')
    expect(body).not.toContain('db.internal')
    expect(body).not.toContain('10.0.0.9')
  })

  it('counts a database that does not answer within the time limit as unreachable', async () => {
    const hanging = { drizzle: {}, execute: () => new Promise(() => {}), name: 'sqlite' }
    const readiness = await checkReadiness(withAdapter(hanging), { timeoutMs: 50 })
    expect(readiness.status).toBe('unavailable')
    expect(readiness.checks.database).toBe('unreachable (timed out after 50 ms)')
  })

  it.skipIf(kind === 'mongodb')('outside push mode, names each committed migration missing from payload-migrations', async () => {
    const committed = (kind === 'postgres' ? postgresMigrations : sqliteMigrations).map((migration) => migration.name)
    const [last, ...others] = [...committed].reverse()
    for (const name of others) await app.payload.create({ collection: 'payload-migrations', data: { batch: 1, name } })

    const missingOne = await checkReadiness(app.payload, { pushMode: false })
    expect(missingOne.status).toBe('unavailable')
    expect(missingOne.checks.migrations).toBe(`1 not applied: ${last}`)
    expect(missingOne.checks.database).toBe('ok')

    await app.payload.create({ collection: 'payload-migrations', data: { batch: 2, name: last } })
    const complete = await checkReadiness(app.payload, { pushMode: false })
    expect(complete).toEqual({ checks: { database: 'ok', migrations: 'ok', storage: 'ok' }, status: 'ok' })

    await app.payload.delete({ collection: 'payload-migrations', where: { name: { in: committed.slice(0, 2) } } })
    const missingTwo = await checkReadiness(app.payload, { pushMode: false })
    expect(missingTwo.checks.migrations).toBe(`2 not applied: ${committed[0]}, ${committed[1]}`)
    // Leave the table as push mode made it.
    await app.payload.delete({ collection: 'payload-migrations', where: { name: { in: committed } } })
  })
})

describe('request ids in the error log', () => {
  const run = (error: Error, requestId?: string) =>
    logRequestId({
      collection: undefined,
      context: {},
      error,
      req: {
        headers: new Headers(requestId ? { 'X-Request-Id': requestId } : {}),
        method: 'GET',
        payload: app.payload,
        url: 'http://localhost:3000/api/registrations?limit=1',
      } as never,
    } as never)

  it('adds one line naming the request id, method and path to a server error, and none to a refusal', async () => {
    const spy = vi.spyOn(app.payload.logger, 'error').mockImplementation(() => undefined)
    try {
      await run(Object.assign(new Error('boom'), { status: 500 }), 'lb-42')
      expect(spy).toHaveBeenCalledTimes(1)
      expect(spy.mock.calls[0][0]).toMatchObject({ method: 'GET', path: '/api/registrations', requestId: 'lb-42', status: 500 })
      await run(Object.assign(new Error('not yours'), { status: 403 }), 'lb-43')
      // GraphQL wraps the refusal; its status is on the original error.
      await run(Object.assign(new Error('wrapped'), { originalError: { status: 400 } }), 'lb-44')
      expect(spy).toHaveBeenCalledTimes(1)
      // An unsafe id is not copied into the log.
      await run(new Error('boom'), 'two words; <b>')
      expect(spy.mock.calls[1][0]).toMatchObject({ requestId: undefined, status: 500 })
    } finally {
      spy.mockRestore()
    }
  })
})
