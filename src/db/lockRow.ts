import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/** Tables whose rows are locked this way; a fixed list, since the name goes into SQL as is. */
export type LockableTable = 'announcements' | 'competitions' | 'registrations' | 'tickets'

/**
 * Holds one row until the request's transaction ends, so that read-then-write sequences on it
 * (places of a competition, a review decision, an announcement's counts) run one at a time.
 *
 * - PostgreSQL: `SELECT … FOR UPDATE`; other transactions wait for it, then read the committed
 *   row (READ COMMITTED takes a fresh snapshot per statement).
 * - SQLite: one writer at a time is how SQLite works; in this process transactions are queued
 *   (src/config/sqliteTransactions.ts), and across processes a transaction that read stale
 *   data fails to commit instead of writing.
 * - MongoDB: an increment of a lock counter on the document inside the transaction; a second
 *   transaction touching the same document gets a write conflict and is aborted by MongoDB.
 */
export const lockRow = async (req: PayloadRequest, table: LockableTable, id: number | string): Promise<void> => {
  const db = req.payload.db as unknown as {
    collections?: Record<string, { updateOne: (filter: object, update: object, options: object) => Promise<unknown> }>
    name: string
    sessions?: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } } | undefined>
  }
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (db.name === 'postgres') {
    const session = transactionID !== undefined ? db.sessions?.[String(transactionID)] : undefined
    if (!session) throw new Error('lockRow needs the request to be inside a transaction')
    await session.db.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`)
    return
  }
  if (db.name === 'mongoose') {
    const session = transactionID !== undefined ? (db.sessions?.[String(transactionID)] as unknown) : undefined
    await db.collections?.[table]?.updateOne({ _id: id }, { $inc: { _rowLock: 1 } }, { strict: false, ...(session ? { session } : {}) })
  }
}
