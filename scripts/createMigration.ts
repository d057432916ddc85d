/**
 * `npm run migrate:create -- <name>`: writes a migration for SQLite and one for PostgreSQL
 * from the current collections, so the two dialects never drift apart. (MongoDB needs none.)
 * `npm run migrate:check`: fails when the collections changed but no migration was written,
 * so CI catches a schema the committed migrations would not build.
 *
 * The adapter's createMigration is called directly, once per dialect, in a child process
 * (the config picks its adapter from DATABASE_URL when it is imported). No database is
 * contacted: only the adapter type matters.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const DIALECT_URLS = {
  postgres: 'postgres://unused@127.0.0.1:1/unused',
  sqlite: 'file:./data/migration-scratch.db',
} as const
type Dialect = keyof typeof DIALECT_URLS

const root = process.cwd()
const migrationsDir = (dialect: Dialect) => path.join(root, 'src/migrations', dialect)

/**
 * Runs one dialect in a child process. A child has been seen (rarely) to hang on its way out
 * after finishing its work; it is then stopped after CHILD_TIMEOUT_MS and run once more.
 */
const CHILD_TIMEOUT_MS = 90_000
const runChild = (dialect: Dialect, name: string, dir?: string): number => {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'scripts/run.mjs'), 'scripts/createMigration.ts', '--child', dialect, name],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: DIALECT_URLS[dialect], MIGRATION_DIR: dir ?? '', PAYLOAD_MIGRATING: 'true' },
        killSignal: 'SIGKILL',
        stdio: ['ignore', 'inherit', 'inherit'],
        timeout: CHILD_TIMEOUT_MS,
      },
    )
    if (result.status !== null) return result.status
    console.error(
      `The ${dialect} migration step did not finish within ${CHILD_TIMEOUT_MS / 1000} s${attempt === 1 ? '; trying once more.' : '.'}`,
    )
  }
  return 1
}

const args = process.argv.slice(2)

if (args[0] === '--child') {
  const [, , name] = args
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
  const adapter = payload.db as unknown as {
    createMigration: (options: {
      forceAcceptWarning: boolean
      migrationName: string
      payload: unknown
      skipEmpty: boolean
    }) => Promise<void>
    migrationDir: string
  }
  if (process.env.MIGRATION_DIR) adapter.migrationDir = process.env.MIGRATION_DIR
  // skipEmpty: with no schema change nothing is written (and the process ends here).
  await adapter.createMigration({ forceAcceptWarning: false, migrationName: name, payload, skipEmpty: true })
  await new Promise((resolve) => setTimeout(resolve, 100))
  process.exit(0)
} else if (args[0] === '--check') {
  const behind: Dialect[] = []
  for (const dialect of Object.keys(DIALECT_URLS) as Dialect[]) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `contestkit-migrations-${dialect}-`))
    fs.cpSync(migrationsDir(dialect), scratch, { recursive: true })
    const before = fs.readdirSync(scratch).length
    const status = runChild(dialect, 'check', scratch)
    if (status !== 0) process.exit(status)
    if (fs.readdirSync(scratch).length !== before) behind.push(dialect)
    fs.rmSync(scratch, { force: true, recursive: true })
  }
  if (behind.length > 0) {
    console.error(`The ${behind.join(' and ')} migrations do not match the collections. Run: npm run migrate:create -- <what-changed>`)
    process.exit(1)
  }
  console.log('Migrations match the collections for sqlite and postgres.')
  process.exit(0)
} else {
  const name = args[0] ?? 'migration'
  for (const dialect of Object.keys(DIALECT_URLS) as Dialect[]) {
    const status = runChild(dialect, name)
    if (status !== 0) process.exit(status)
  }
  process.exit(0)
}
