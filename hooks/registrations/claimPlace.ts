import type { CollectionBeforeChangeHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { lockCompetition } from '../../src/db/lockCompetition'
import {
  competitionFullMessage,
  decidePlace,
  defaultCodePrefix,
  HOLDING_STATUSES,
  institutionKey,
  registrationCode,
  teamNameKey,
} from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'
import { refuse } from '../../src/shared/refusals'
import { competitionOfRegistration, placeKeyFor, placesHeld, refuseDuplicates, releasedKey } from './shared'

/**
 * Gives a new team its place, or its spot on the waitlist, or a 409.
 *
 * The quota is held by the database, not by a count: every team holding a place stores
 * `placeKey = "<competition>:<n>"` with n in 1..quota, under a unique index, so two teams can
 * never hold the same place however many requests arrive at once. Under the competition lock
 * (src/db/lockCompetition.ts) the lowest free n is chosen; teams without a place (waitlisted,
 * no quota, rejected, withdrawn) get a unique `released:<uuid>` key instead, which works on
 * every adapter (MongoDB's unique indexes would otherwise count empty values as duplicates).
 * `teamKey` does the same for team names, and `code` for registration codes.
 */
export const claimPlace: CollectionBeforeChangeHook<Registration> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const competitionId = idOf(data.competition) as string
  await lockCompetition(req, competitionId)
  const competition = await competitionOfRegistration(req, competitionId)

  const team = teamNameKey(data.teamName ?? '')
  data.teamKey = `${competitionId}:${team}`
  data.institutionKey = institutionKey(data.institution ?? '')
  await refuseDuplicates(req, {
    competitionId,
    emails: (data.members ?? []).map((member) => member.email),
    leaderId: idOf(data.leader),
    teamKey: data.teamKey,
  })

  const decision = decidePlace({
    holders: await placesHeld(req, competitionId),
    institutionKey: data.institutionKey,
    maxTeamsPerInstitution: competition.maxTeamsPerInstitution,
    quota: competition.quota,
  })
  if (decision.ok) {
    data.status = HOLDING_STATUSES[0]
    data.placeKey = decision.place === undefined ? releasedKey() : placeKeyFor(competitionId, decision.place)
  } else {
    if (!competition.waitlist) {
      throw refuse(
        409,
        decision.reason === 'full'
          ? competitionFullMessage(competition.title, competition.quota as number)
          : `${data.institution} already has ${competition.maxTeamsPerInstitution} team(s) in ${competition.title}, the most one institution may enter.`,
      )
    }
    data.status = 'waitlisted'
    data.placeKey = releasedKey()
  }

  const last = await req.payload.find({
    collection: 'registrations',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { codeNumber: true },
    sort: '-codeNumber',
    where: { competition: { equals: competitionId } },
  })
  data.codeNumber = (last.docs[0]?.codeNumber ?? 0) + 1
  data.code = registrationCode(competition.codePrefix || defaultCodePrefix(competition.slug), data.codeNumber)
  return data
}
