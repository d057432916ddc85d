import type { Payload } from 'payload'

import type { Competition, User } from '@/payload-types'

import { ACTIVE_STATUSES, HOLDING_STATUSES, registrationWindowError } from '@/domain/registration'
import { toTime } from '@/domain/schedule'

import { placesHeld } from './placesHeld'

export type RegistrationState = 'closed' | 'full' | 'open' | 'upcoming' | 'waitlist'

const DAY = 86_400_000

/**
 * What a competition page tells a visitor about registering, from the same rules the server
 * enforces (src/domain/registration.ts), given the number of places teams hold. A hint only:
 * the server decides on submit.
 */
export const registrationState = (competition: Competition, held: number, now = new Date()) => {
  const windowError = registrationWindowError(competition.registrationOpensAt, competition.registrationClosesAt, now)
  const opens = toTime(competition.registrationOpensAt) ?? 0
  const closes = toTime(competition.registrationClosesAt) ?? 0
  const placesLeft = typeof competition.quota === 'number' ? Math.max(0, competition.quota - held) : null
  let state: RegistrationState = 'open'
  if (windowError) state = now.getTime() < opens ? 'upcoming' : 'closed'
  else if (placesLeft === 0) state = competition.waitlist ? 'waitlist' : 'full'
  return {
    daysToClose: Math.ceil((closes - now.getTime()) / DAY),
    daysToOpen: Math.ceil((opens - now.getTime()) / DAY),
    placesLeft,
    state,
  }
}

/** The registration state as the cached public pages show it (places held from the cache, src/frontend/placesHeld.ts). */
export const publicAvailability = async (competition: Competition, now = new Date()) =>
  registrationState(competition, await placesHeld(competition.id), now)

/**
 * The registration state and the user's own active registration, read fresh, for pages rendered
 * per request (the register form). The count of held places is an aggregate, read without
 * exposing any registration.
 */
export const availability = async (payload: Payload, competition: Competition, user: null | User, now = new Date()) => {
  const held = (
    await payload.count({
      collection: 'registrations',
      overrideAccess: true,
      where: { and: [{ competition: { equals: competition.id } }, { status: { in: [...HOLDING_STATUSES] } }] },
    })
  ).totalDocs
  const mine = user
    ? (
        await payload.find({
          collection: 'registrations',
          depth: 0,
          limit: 1,
          overrideAccess: false,
          user,
          where: { and: [{ competition: { equals: competition.id } }, { status: { in: [...ACTIVE_STATUSES] } }] },
        })
      ).docs[0]
    : undefined
  return { ...registrationState(competition, held, now), mine }
}
