import type { PayloadRequest, Where } from 'payload'

import crypto from 'node:crypto'

import type { Competition, Registration } from '../../src/payload-types'

import { findAllAsServer } from '../../src/db/findAllAsServer'
import { loadCompetition } from '../../src/db/loadCompetition'
import { ACTIVE_STATUSES, HOLDING_STATUSES } from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'
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

/** Place keys counted per statement: far below every database's limit on bound values. */
const PLACE_KEYS_PER_COUNT = 500

/**
 * Whether every place 1..quota is held, counted by the database (no rows read): exactly when
 * decidePlace (src/domain/registration.ts) would answer "full" from the same rows. Not a count of
 * holders against the quota: after the quota is lowered, holders of places above it leave places
 * below it free. Counted in slices of place keys, stopping at the first slice with a free place.
 */
export const allPlacesTaken = async (req: PayloadRequest, competitionId: string, quota: number): Promise<boolean> => {
  for (let first = 1; first <= quota; first += PLACE_KEYS_PER_COUNT) {
    const keys = Array.from({ length: Math.min(PLACE_KEYS_PER_COUNT, quota - first + 1) }, (_, k) => placeKeyFor(competitionId, first + k))
    const held = await req.payload.count({
      collection: 'registrations',
      overrideAccess: true,
      req,
      where: { and: [{ placeKey: { in: keys } }, { status: { in: [...HOLDING_STATUSES] } }] },
    })
    if (held.totalDocs < keys.length) return false
  }
  return true
}

/** Competitions read during one request, by request (see competitionOfRegistration). */
const competitionsRead = new WeakMap<PayloadRequest, RegistrationCompetition>()

/**
 * What registering reads of a competition (rules, places, codes, the email's title). Not the
 * whole document: its stages, prizes, rubrics and description made the statement that reads it
 * the largest of a registration, prepared again inside every registration's transaction.
 */
const REGISTRATION_FIELDS = {
  _status: true,
  codePrefix: true,
  fee: true,
  feeSchedule: true,
  maxTeamsPerInstitution: true,
  quota: true,
  registrationClosesAt: true,
  registrationOpensAt: true,
  slug: true,
  teamSize: true,
  title: true,
  waitlist: true,
} as const satisfies Partial<Record<keyof Competition, true>>

export type RegistrationCompetition = Pick<Competition, 'id' | keyof typeof REGISTRATION_FIELDS>

/**
 * The competition a new registration is for, read once per request: the first hook that loads
 * it leaves it for the hooks after it (rules, places, emails). Kept by request, not in the
 * hooks' `context`: every local API call made with `req` (the load itself among them) gives
 * `req.context` a new object, so what a hook wrote into its `context` never reached the next
 * hook, and the competition was read three times per registration, all inside the transaction.
 */
export const competitionOfRegistration = async (req: PayloadRequest, competitionId: string): Promise<RegistrationCompetition> => {
  const cached = competitionsRead.get(req)
  if (cached && String(cached.id) === competitionId) return cached
  const competition = await loadCompetition(req, competitionId, REGISTRATION_FIELDS)
  competitionsRead.set(req, competition)
  return competition
}

/**
 * 409 when a member email, the leader or the team name is already in another active team of
 * the same competition. One query for all three (it runs inside the competition's lock, where
 * every query keeps the next registration waiting); the message names the first clash found,
 * in that order: the leader, the team name, a member.
 */
export const refuseDuplicates = async (
  req: PayloadRequest,
  args: { competitionId: string; emails: string[]; excludeId?: string; leaderId?: string; teamKey?: string },
): Promise<void> => {
  const { competitionId, emails, excludeId, leaderId, teamKey } = args
  const clashes: Where[] = [
    ...(leaderId ? [{ leader: { equals: leaderId } }] : []),
    ...(teamKey ? [{ teamKey: { equals: teamKey } }] : []),
    ...(emails.length > 0 ? [{ 'members.email': { in: emails } }] : []),
  ]
  if (clashes.length === 0) return
  const found = await req.payload.find({
    collection: 'registrations',
    depth: 0,
    // At most one team clashes on the leader and one on the name; a few members more.
    limit: 10,
    overrideAccess: true,
    pagination: false,
    req,
    select: { leader: true, members: true, teamKey: true },
    where: {
      and: [
        { competition: { equals: competitionId } },
        { status: { in: [...ACTIVE_STATUSES] } },
        ...(excludeId ? [{ id: { not_equals: excludeId } }] : []),
        { or: clashes },
      ],
    },
  })
  const others = found.docs
  if (leaderId && others.some((doc) => idOf(doc.leader) === String(leaderId))) {
    throw refuse(409, 'You already lead a team in this competition; one team per person.')
  }
  if (teamKey && others.some((doc) => doc.teamKey === teamKey)) {
    throw refuse(409, 'Another team in this competition already uses this name; choose another.')
  }
  if (others.length > 0) {
    const taken = others
      .flatMap((doc) => doc.members ?? [])
      .map((member) => member.email.toLowerCase())
      .find((email) => emails.includes(email))
    throw refuse(409, `${taken ?? 'A member'} is already in another team of this competition; each person joins one team.`)
  }
}
