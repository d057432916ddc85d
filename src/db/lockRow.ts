import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/** Tables whose rows are locked this way; a fixed list, since the name goes into SQL as is. */
export type LockableTable = 'announcements'

/**
 * Holds one row until the request's transaction ends, so that read-then-write sequences on it
 * (recounting an announcement's deliveries, claiming it for dispatch) run one at a time.
 * Same reasoning as src/db/lockCompetition.ts: PostgreSQL `SELECT … FOR UPDATE` (READ COMMITTED
 * then gives the next statement a snapshot with the previous holder's commit); SQLite has one
 * writer at a time; MongoDB gets a write conflict on the counter it increments.
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
