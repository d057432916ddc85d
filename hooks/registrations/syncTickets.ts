import type { CollectionAfterChangeHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { syncTeamTickets } from '../../src/checkIn/syncTickets'
import { findByIdAsServer } from '../../src/db/findAllAsServer'
import { idOf } from '../../src/shared/idOf'

/**
 * Keeps the team's check-in tickets in step with the team: advanced into an on-site stage,
 * a member accepting their invitation, a member replaced, the team rejected or withdrawn
 * (src/checkIn/syncTickets.ts). A team never advanced anywhere holds no ticket, so most saves
 * stop at the first line.
 */
export const syncTickets: CollectionAfterChangeHook<Registration> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || ((doc.progress ?? []).length === 0 && (previousDoc?.progress ?? []).length === 0)) return doc
  const competition = await findByIdAsServer(req, 'competitions', idOf(doc.competition) as string)
  if (competition) await syncTeamTickets(req, doc, competition)
  return doc
}
