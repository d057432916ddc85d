import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/**
 * Locks one registration row for the rest of the request's transaction, so that reading it,
 * comparing what was read with what a reviewer saw, and writing the decision happen with no
 * other write to it in between (src/review/decideRegistration.ts). Take the competition's lock
 * (lockCompetition) first, as every change to places does, so that locks are always taken in
 * the same order.
 *
 * - PostgreSQL: `SELECT … FOR UPDATE`; a concurrent writer waits, and our next read sees the
 *   committed row (READ COMMITTED reads a fresh snapshot per statement).
 * - SQLite: every transaction in this process takes its turn (src/config/sqliteTransactions.ts);
 *   nothing to do.
 * - MongoDB: a write to the document inside the transaction; a concurrent one conflicts and aborts.
 */
export const lockRegistration = async (req: PayloadRequest, registrationId: number | string): Promise<void> => {
  const db = req.payload.db as unknown as {
    collections?: Record<string, { updateOne: (filter: object, update: object, options: object) => Promise<unknown> }>
    name: string
    sessions?: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } } | undefined>
  }
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (db.name === 'postgres') {
    const session = transactionID !== undefined ? db.sessions?.[String(transactionID)] : undefined
    if (!session) throw new Error('lockRegistration needs the request to be inside a transaction')
    await session.db.execute(sql`SELECT id FROM registrations WHERE id = ${registrationId} FOR UPDATE`)
    return
  }
  if (db.name === 'mongoose') {
    const session = transactionID !== undefined ? (db.sessions?.[String(transactionID)] as unknown) : undefined
    await db.collections?.registrations?.updateOne(
      { _id: registrationId },
      { $inc: { _reviewLock: 1 } },
      { strict: false, ...(session ? { session } : {}) },
    )
  }
}
