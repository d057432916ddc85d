import type { PayloadRequest, RequestContext, Where } from 'payload'

import crypto from 'node:crypto'

import type { Competition, Registration } from '../../src/payload-types'

import { findAllAsServer } from '../../src/db/findAllAsServer'
import { loadCompetition } from '../../src/db/loadCompetition'
import { ACTIVE_STATUSES, HOLDING_STATUSES } from '../../src/domain/registration'
import { refuse } from '../../src/shared/refusals'

/** Keys for rows that no longer hold anything: unique, and never equal to a live key. */
export const releasedKey = (): string => `released:${crypto.randomUUID()}`

export const placeKeyFor = (competitionId: string, place: number): string => `${competitionId}:${place}`

export const placeNumberOf = (placeKey: null | string | undefined, competitionId: string): null | number => {
  if (!placeKey?.startsWith(`${competitionId}:`)) return null
  const place = Number(placeKey.slice(competitionId.length + 1))
  return Number.isInteger(place) ? place : null
}

type RegistrationRow = Pick<Registration, 'createdAt' | 'id' | 'institutionKey' | 'placeKey' | 'status'>

/** Registrations of one competition in the given statuses, oldest first, read inside the transaction. */
export const registrationsOf = async (
  req: PayloadRequest,
  competitionId: string,
  statuses: readonly string[],
  extra?: Where,
): Promise<RegistrationRow[]> => {
  const where: Where = { and: [{ competition: { equals: competitionId } }, { status: { in: [...statuses] } }, ...(extra ? [extra] : [])] }
  const docs = await findAllAsServer(req, 'registrations', {
    select: { createdAt: true, institutionKey: true, placeKey: true, status: true },
    sort: 'createdAt',
    where,
  })
  return docs as RegistrationRow[]
}

export const holdersOf = (req: PayloadRequest, competitionId: string) => registrationsOf(req, competitionId, HOLDING_STATUSES)

/** The holders as decidePlace (src/domain/registration.ts) reads them: their place number and institution. */
export const placesHeld = async (req: PayloadRequest, competitionId: string) =>
  (await holdersOf(req, competitionId)).map((holder) => ({
    institutionKey: holder.institutionKey,
    place: placeNumberOf(holder.placeKey, competitionId),
  }))

/**
 * The competition a new registration is for, read once per request: the first hook that loads
 * it leaves it in the request's context for the hooks after it (rules, places, emails).
 */
export const competitionOfRegistration = async (
  req: PayloadRequest,
  context: RequestContext,
  competitionId: string,
): Promise<Competition> => {
  const cached = context.registrationCompetition as Competition | undefined
  if (cached && String(cached.id) === competitionId) return cached
  const competition = await loadCompetition(req, competitionId)
  context.registrationCompetition = competition
  return competition
}

/**
 * 409 when a member email, the leader or the team name is already in another active team of
 * the same competition.
 */
export const refuseDuplicates = async (
  req: PayloadRequest,
  args: { competitionId: string; emails: string[]; excludeId?: string; leaderId?: string; teamKey?: string },
): Promise<void> => {
  const { competitionId, emails, excludeId, leaderId, teamKey } = args
  const others: Where = excludeId ? { id: { not_equals: excludeId } } : {}
  const active = (where: Where) => registrationsOf(req, competitionId, ACTIVE_STATUSES, { and: [others, where] })
  if (leaderId && (await active({ leader: { equals: leaderId } })).length > 0) {
    throw refuse(409, 'You already lead a team in this competition; one team per person.')
  }
  if (teamKey && (await active({ teamKey: { equals: teamKey } })).length > 0) {
    throw refuse(409, 'Another team in this competition already uses this name; choose another.')
  }
  if (emails.length > 0) {
    const clashes = await req.payload.find({
      collection: 'registrations',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      select: { members: true },
      where: {
        and: [
          { competition: { equals: competitionId } },
          { status: { in: [...ACTIVE_STATUSES] } },
          others,
          { 'members.email': { in: emails } },
        ],
      },
    })
    const taken = clashes.docs[0]?.members?.map((m) => m.email.toLowerCase()).find((email) => emails.includes(email))
    if (clashes.docs.length > 0) {
      throw refuse(409, `${taken ?? 'A member'} is already in another team of this competition; each person joins one team.`)
    }
  }
}
