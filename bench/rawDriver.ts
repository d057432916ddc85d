import type { Payload } from 'payload'

export type Raw = (statement: string, params: unknown[]) => Promise<unknown[]>

/** The database's own client under Payload: libsql's for SQLite, the pg pool for PostgreSQL. */
export const rawDriver = (payload: Payload): Raw => {
  const db = payload.db as unknown as {
    client?: { execute: (query: { args: unknown[]; sql: string }) => Promise<{ rows: unknown[] }> }
    name: string
    pool?: { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }
  }
  if (db.name === 'postgres') {
    // PostgreSQL numbers its parameters; the statements written here use SQLite's `?`.
    const numbered = (statement: string) => {
      let n = 0
      return statement.replace(/\?/g, () => `$${++n}`)
    }
    return async (statement, params) => (await db.pool!.query(numbered(statement), params)).rows
  }
  return async (statement, params) => (await db.client!.execute({ args: params, sql: statement })).rows
}
