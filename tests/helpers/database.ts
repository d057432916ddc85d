import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDatabase = { drop: () => Promise<void>; kind: string; url: string }

/**
 * A fresh, empty database for one test file, on the engine the vitest project names
 * (TEST_DATABASE): a temporary SQLite file, a new PostgreSQL database on the server at
 * TEST_POSTGRES_URL, or a new MongoDB database on the server at MONGODB_URL. A test that needs
 * one engine whatever the project (tests/production/instances.test.ts) names it.
 */
export const freshDatabase = async (kind = process.env.TEST_DATABASE ?? 'sqlite'): Promise<TestDatabase> => {
  const name = `ck_test_${crypto.randomBytes(6).toString('hex')}`

  if (kind === 'postgres') {
    const server = new URL(process.env.TEST_POSTGRES_URL as string)
    const url = new URL(server)
    url.pathname = `/${name}`
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: server.toString() })
      await client.connect()
      try {
        await client.query(sql)
      } finally {
        await client.end()
      }
    }
    await admin(`CREATE DATABASE ${name}`)
    return { drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), kind, url: url.toString() }
  }

  if (kind === 'mongodb') {
    const url = new URL(process.env.MONGODB_URL as string)
    url.pathname = `/${name}`
    // Payload's adapter drops nothing by itself; the database is removed through mongoose after the file.
    return {
      drop: async () => {
        const { default: mongoose } = await import('mongoose')
        const connection = await mongoose.createConnection(url.toString()).asPromise()
        await connection.dropDatabase()
        await connection.close()
      },
      kind,
      url: url.toString(),
    }
  }

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'contestkit-test-'))
  return { drop: () => fs.rm(dir, { force: true, recursive: true }), kind, url: `file:${path.join(dir, 'test.db')}` }
}
