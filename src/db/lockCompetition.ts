import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/**
 * Serialises every change to one competition's places, inside the request's transaction,
 * using the database's own locking. Quotas, waitlists and institution caps are then decided
 * by reading the current holders and writing, with no other transaction for the same
 * competition in between. Chosen over an optimistic insert-and-retry because PostgreSQL aborts
 * the whole transaction on a unique violation, so a retry would mean redoing the request.
 *
 * - PostgreSQL: `SELECT … FOR UPDATE` on the competition row; other transactions wait for it,
 *   then read the committed holders (READ COMMITTED takes a fresh snapshot per statement).
 * - SQLite: one writer at a time is how SQLite works; in this process transactions are queued
 *   (src/config/sqliteTransactions.ts), and across processes a transaction that read stale
 *   data fails to commit instead of writing.
 * - MongoDB: an increment of the competition's lock counter inside the transaction; a second
 *   transaction touching the same document gets a write conflict and is aborted by MongoDB.
 *
 * Whatever happens here, unique indexes (`placeKey`, `teamKey`, `code`) make two teams holding
 * the same place, name or code impossible: this lock only turns such races into clean answers.
 */
export const lockCompetition = async (req: PayloadRequest, competitionId: number | string): Promise<void> => {
  const db = req.payload.db as unknown as {
    collections?: Record<string, { updateOne: (filter: object, update: object, options: object) => Promise<unknown> }>
    name: string
    sessions?: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } } | undefined>
  }
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (db.name === 'postgres') {
    const session = transactionID !== undefined ? db.sessions?.[String(transactionID)] : undefined
    if (!session) throw new Error('lockCompetition needs the request to be inside a transaction')
    await session.db.execute(sql`SELECT id FROM competitions WHERE id = ${competitionId} FOR UPDATE`)
    return
  }
  if (db.name === 'mongoose') {
    const session = transactionID !== undefined ? (db.sessions?.[String(transactionID)] as unknown) : undefined
    await db.collections?.competitions?.updateOne(
      { _id: competitionId },
      { $inc: { _placesLock: 1 } },
      { strict: false, ...(session ? { session } : {}) },
    )
  }
  // SQLite: see above; the write that follows takes the database lock.
}
