import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import crypto from 'node:crypto'

export const RATE_LIMITS_SLUG = 'rate-limits'

export type RequestCount = { count: number; key: string; windowStart: Date }

export type CountedKey = { key: string; windowMs: number }

type SqlRunner = { all?: (query: unknown) => Promise<unknown[]>; execute?: (query: unknown) => Promise<{ rows: unknown[] }> }

type Adapter = {
  collections?: Record<string, { findOneAndUpdate: (filter: object, update: object[], options: object) => Promise<unknown> }>
  drizzle?: SqlRunner
  name: string
  sessions?: Record<string, { db: SqlRunner } | undefined>
}

/**
 * Counts one request against each key, in one atomic write, and returns the counts. A key's
 * window starts at its first request; a request after the window ends starts a new one at 1.
 *
 * - SQL: a single `INSERT … ON CONFLICT (key) DO UPDATE … RETURNING` for all keys, so concurrent
 *   requests on any number of instances each get their own count (no read-then-write race).
 * - MongoDB: `findOneAndUpdate` with `upsert` and an update pipeline, once per key.
 *
 * It writes inside the request's transaction when one is open: on SQLite a write outside it
 * would wait behind that very transaction. The count then rolls back with a request that fails
 * afterwards, so guards that must count failures (login, sign-up) run before any transaction.
 */
export const countRequest = async (req: PayloadRequest, keys: CountedKey[]): Promise<RequestCount[]> => {
  if (keys.length === 0) return []
  const db = req.payload.db as unknown as Adapter
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined && transactionID !== null ? db.sessions?.[String(transactionID)] : undefined
  const now = new Date()

  if (db.name === 'mongoose') {
    const model = db.collections?.[RATE_LIMITS_SLUG]
    if (!model) throw new Error('countRequest: the rate-limits collection is missing')
    return Promise.all(
      keys.map(async ({ key, windowMs }) => {
        const current = { $gt: ['$windowStart', new Date(now.getTime() - windowMs)] }
        const doc = (await model.findOneAndUpdate(
          { key },
          [{ $set: { count: { $cond: [current, { $add: ['$count', 1] }, 1] }, windowStart: { $cond: [current, '$windowStart', now] } } }],
          { lean: true, new: true, upsert: true, updatePipeline: true, ...(session ? { session } : {}) },
        )) as { count: number; windowStart: Date }
        return { count: doc.count, key, windowStart: new Date(doc.windowStart) }
      }),
    )
  }

  const runner = session?.db ?? db.drizzle
  if (!runner) throw new Error('countRequest: the database adapter is not connected')
  // PostgreSQL needs the type of a bare parameter compared with a timestamp; SQLite stores ISO text.
  const time = (date: Date) => (db.name === 'postgres' ? sql`${date.toISOString()}::timestamptz` : sql`${date.toISOString()}`)
  // Each key's window length may differ: the expiry is chosen by key.
  const expiry = sql`CASE rate_limits."key" ${sql.join(
    keys.map(({ key, windowMs }) => sql`WHEN ${key} THEN ${time(new Date(now.getTime() - windowMs))}`),
    sql` `,
  )} END`
  const statement = sql`INSERT INTO rate_limits (id, "key", window_start, "count") VALUES ${sql.join(
    keys.map(({ key }) => sql`(${crypto.randomUUID()}, ${key}, ${time(now)}, 1)`),
    sql`, `,
  )}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN rate_limits.window_start > ${expiry} THEN rate_limits."count" + 1 ELSE 1 END,
      window_start = CASE WHEN rate_limits.window_start > ${expiry} THEN rate_limits.window_start ELSE excluded.window_start END
    RETURNING "key", "count", window_start`
  const result = runner.execute ? (await runner.execute(statement)).rows : await runner.all!(statement)
  return (result as Record<string, unknown>[]).map((row) => ({
    count: Number(row.count),
    key: String(row.key),
    windowStart: new Date(row.window_start as Date | string),
  }))
}
