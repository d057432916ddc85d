import type { CollectionAfterChangeHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { loadCompetition } from '../../src/db/loadCompetition'
import { lockCompetition } from '../../src/db/lockCompetition'
import { asServerWrite } from '../../src/db/serverWrite'
import { decidePlace, holdsPlace } from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'
import { placeKeyFor, placesHeld, registrationsOf } from './shared'

/**
 * When a team gives its place back (rejected or withdrawn), the oldest waitlisted team that
 * fits (quota and institution limit) takes it at once, in the same transaction, and is
 * emailed (queueRegistrationEmails sees waitlisted → pending).
 */
export const promoteFromWaitlist: CollectionAfterChangeHook<Registration> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || !previousDoc || !holdsPlace(previousDoc.status) || holdsPlace(doc.status)) return doc
  const competitionId = idOf(doc.competition) as string
  await lockCompetition(req, competitionId)
  const competition = await loadCompetition(req, competitionId)
  const holders = await placesHeld(req, competitionId)
  const waitlisted = await registrationsOf(req, competitionId, ['waitlisted'])
  const rules = { maxTeamsPerInstitution: competition.maxTeamsPerInstitution, quota: competition.quota }

  for (const candidate of waitlisted) {
    const decision = decidePlace({ ...rules, holders, institutionKey: candidate.institutionKey })
    if (!decision.ok && decision.reason === 'full') break
    if (!decision.ok) continue
    const placeKey = decision.place === undefined ? undefined : placeKeyFor(competitionId, decision.place)
    await asServerWrite(
      req,
      () =>
        req.payload.update({
          collection: 'registrations',
          data: { status: 'pending', ...(placeKey ? { placeKey } : {}) },
          id: candidate.id,
          overrideAccess: true,
          req,
        }),
      'waitlist-promotion',
    )
    break
  }
  return doc
}
