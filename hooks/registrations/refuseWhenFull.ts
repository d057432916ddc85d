import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { registrationCreateAccess } from '../../access/registrations'
import { ACTIVE_STATUSES, competitionFullMessage, registrationWindowError } from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'
import { refuse } from '../../src/shared/refusals'
import { allPlacesTaken, competitionOfRegistration } from './shared'

/**
 * A new team for a competition whose places are all taken, with no waitlist, is answered 409
 * "full" first, before its documents, duplicates and team are checked: fixing any of those
 * would not get it in. In a registration rush most requests are these, and each cost nearly
 * what a registration does. Nothing is stored (the operation's transaction is rolled back).
 *
 * - Only for those who would get that far: anonymous users, staff, judges and unverified
 *   participants keep their own refusal, and someone already on a team of the competition is told
 *   that instead; a malformed body was answered 400 by the request guards
 *   (collections/withRequestGuards.ts), which run before this.
 * - Only for a published competition inside its registration window: a draft is not revealed,
 *   and a closed window is its own decisive answer.
 * - A read, taking no lock: "places left" here admits nobody; claimPlace decides under the
 *   competition's lock as before. A competition with a waitlist is left to claimPlace entirely.
 * - The competition read here is the one the registration's hooks reuse (competitionOfRegistration).
 */
export const refuseWhenFull: CollectionBeforeOperationHook<'registrations'> = async ({ args, operation, req }) => {
  if (operation !== 'create' || args.overrideAccess) return args
  if (!req.user?._verified || !(await registrationCreateAccess({ req }))) return args
  const competitionId = idOf((args.data as { competition?: unknown } | undefined)?.competition)
  if (!competitionId) return args
  const competition = await competitionOfRegistration(req, competitionId)
  if (competition._status !== 'published' || competition.waitlist || typeof competition.quota !== 'number') return args
  if (registrationWindowError(competition.registrationOpensAt, competition.registrationClosesAt, new Date())) return args
  if (!(await allPlacesTaken(req, competitionId, competition.quota))) return args
  // Someone already on a team here holds a place: "full" would tell them they lost it. The
  // duplicate checks answer them as before ("You already lead a team in this competition").
  if (await onTeamIn(req, competitionId, req.user.id)) return args
  throw refuse(409, competitionFullMessage(competition.title, competition.quota))
}

/** Whether the account leads, or joined by invitation, an active team of the competition. */
const onTeamIn = async (req: PayloadRequest, competitionId: string, userId: number | string): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'registrations',
    overrideAccess: true,
    req,
    where: {
      and: [
        { competition: { equals: competitionId } },
        { status: { in: [...ACTIVE_STATUSES] } },
        { or: [{ leader: { equals: userId } }, { 'members.user': { equals: userId } }] },
      ],
    },
  })
  return totalDocs > 0
}
