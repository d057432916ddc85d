import { createClient } from '@libsql/client'
import path from 'node:path'

import { DEFAULT_SQLITE_URL } from '../../../src/config/databaseUrl'

/** The file a `file:` DATABASE_URL names (relative paths from the working directory, as the server reads them). */
export const sqliteFile = (url: string | undefined): string => {
  const given = url ?? DEFAULT_SQLITE_URL
  if (!given.startsWith('file:')) {
    throw new Error(
      `Backups copy a local SQLite file; DATABASE_URL "${given.split(':')[0]}:…" is a remote libSQL database: use its own backups.`,
    )
  }
  return path.resolve(given.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
}

/** Writers (the running server) hold the file for short commits; wait for them rather than fail. */
const BUSY_TIMEOUT_MS = 30_000

/**
 * A consistent copy of a live database: `VACUUM INTO` reads one snapshot inside a read
 * transaction, so the copy is the database as of one moment even while the server writes
 * (a plain file copy could catch a half-written page). Returns each table's row count.
 */
export const snapshotSqlite = async (source: string, target: string): Promise<Record<string, number>> => {
  const client = createClient({ url: `file:${source}` })
  try {
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    await client.execute({ args: [target], sql: 'VACUUM INTO ?' })
  } finally {
    client.close()
  }
  return tableCounts(target)
}

export const tableCounts = async (file: string): Promise<Record<string, number>> => {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const result = await client.execute(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`)
      counts[name] = Number(result.rows[0].n)
    }
    return counts
  } finally {
    client.close()
  }
}
