import type { Config } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from '../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index'
import { databaseKind, DEFAULT_SQLITE_URL } from './databaseUrl'
import { withSerializedTransactions } from './sqliteTransactions'

// Scripts that only need to know which database a URL names import ./databaseUrl, without the adapters.
export { databaseKind, type DatabaseKind, DEFAULT_SQLITE_URL } from './databaseUrl'

// Where `migrate:create` writes and the CLI reads migration files: commands run from the
// project root. (Running servers use the imported `prodMigrations`, not this folder.)
const migrationsRoot = path.resolve(process.cwd(), 'src/migrations')

/** libsql creates the database file but not its folder; a fresh clone has no `data/` yet. */
const ensureSqliteDirectory = (url: string): void => {
  if (!url.startsWith('file:')) return
  const file = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * One config, three adapters. SQL adapters use UUID ids so ids are strings on every database,
 * and run with transactions so a failed write leaves nothing behind. Production applies the
 * committed migrations at start (`prodMigrations`); development pushes the schema.
 */
export const databaseAdapter = (url: string | undefined): Config['db'] => {
  const kind = databaseKind(url)
  if (kind === 'postgres') {
    return postgresAdapter({
      idType: 'uuid',
      migrationDir: path.join(migrationsRoot, 'postgres'),
      pool: { connectionString: url },
      prodMigrations: postgresMigrations,
    })
  }
  if (kind === 'mongodb') {
    // Transactions need a replica set (`?replicaSet=rs0`); on a standalone server Payload
    // silently runs without them, so production must use a replica set.
    return mongooseAdapter({ url: url as string })
  }
  const sqliteUrl = url ?? DEFAULT_SQLITE_URL
  ensureSqliteDirectory(sqliteUrl)
  return withSerializedTransactions(
    sqliteAdapter({
      // Writers wait for the lock instead of failing at once when requests arrive together.
      busyTimeout: 10_000,
      client: { url: sqliteUrl },
      idType: 'uuid',
      migrationDir: path.join(migrationsRoot, 'sqlite'),
      prodMigrations: sqliteMigrations,
      // SQLite transactions are off unless options are given.
      transactionOptions: {},
      wal: true,
    }),
  )
}
