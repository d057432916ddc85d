import type { CollectionAfterChangeHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { lockCompetition } from '../../src/db/lockCompetition'
import { holdsPlace, lowestFreePlace } from '../../src/domain/registration'
import { idOf, loadCompetition } from '../shared/lookups'
import { holdersOf, placeKeyFor, placeNumberOf, registrationsOf } from './shared'

/**
 * When a team gives its place back (rejected or withdrawn), the oldest waitlisted team that
 * fits (quota and institution limit) takes it at once, in the same transaction, and is
 * emailed (queueRegistrationEmails sees the promotion).
 */
export const promoteFromWaitlist: CollectionAfterChangeHook<Registration> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || !previousDoc || !holdsPlace(previousDoc.status) || holdsPlace(doc.status)) return doc
  const competitionId = idOf(doc.competition) as string
  await lockCompetition(req, competitionId)
  const competition = await loadCompetition(req, competitionId)
  const holders = await holdersOf(req, competitionId)
  const waitlisted = await registrationsOf(req, competitionId, ['waitlisted'])

  for (const candidate of waitlisted) {
    const place =
      typeof competition.quota === 'number'
        ? lowestFreePlace(holders.map((holder) => placeNumberOf(holder.placeKey, competitionId) ?? 0), competition.quota)
        : undefined
    if (place === null) break
    const sameInstitution = holders.filter((holder) => holder.institutionKey === candidate.institutionKey).length
    if (typeof competition.maxTeamsPerInstitution === 'number' && sameInstitution >= competition.maxTeamsPerInstitution) continue
    const placeKey = place === undefined ? undefined : placeKeyFor(competitionId, place)
    await req.payload.update({
      collection: 'registrations',
      context: { promotion: true },
      data: { status: 'pending', ...(placeKey ? { placeKey } : {}) },
      id: candidate.id,
      overrideAccess: true,
      req,
    })
    break
  }
  return doc
}
