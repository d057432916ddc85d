import type { PayloadRequest } from 'payload'

import { lockRow } from './lockRow'

/**
 * Locks one registration row for the rest of the request's transaction, so that reading it,
 * comparing what was read with what a reviewer saw, and writing the decision happen with no
 * other write to it in between (src/review/decideRegistration.ts). Take the competition's lock
 * (lockCompetition) first, as every change to places does, so that locks are always taken in
 * the same order.
 * How each database holds it: src/db/lockRow.ts.
 */
export const lockRegistration = (req: PayloadRequest, registrationId: number | string): Promise<void> =>
  lockRow(req, 'registrations', registrationId)
