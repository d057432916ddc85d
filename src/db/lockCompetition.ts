import type { PayloadRequest } from 'payload'

import { lockRow } from './lockRow'

/**
 * Serialises every change to one competition's places, inside the request's transaction,
 * using the database's own locking. Quotas, waitlists and institution caps are then decided
 * by reading the current holders and writing, with no other transaction for the same
 * competition in between. Chosen over an optimistic insert-and-retry because PostgreSQL aborts
 * the whole transaction on a unique violation, so a retry would mean redoing the request.
 *
 * How each database holds it: src/db/lockRow.ts.
 *
 * Whatever happens here, unique indexes (`placeKey`, `teamKey`, `code`) make two teams holding
 * the same place, name or code impossible: this lock only turns such races into clean answers.
 */
export const lockCompetition = (req: PayloadRequest, competitionId: number | string): Promise<void> =>
  lockRow(req, 'competitions', competitionId)
