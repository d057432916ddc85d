import type { PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { Registration } from '../payload-types'

import { findByIdAsServer } from '../db/findAllAsServer'
import { inTransaction } from '../db/inTransaction'
import { lockCompetition } from '../db/lockCompetition'
import { lockRegistration } from '../db/lockRegistration'
import { changedMeanwhileMessage, type ReviewDecision, sameInstant } from '../domain/review'
import { idOf } from '../shared/idOf'
import { refuse } from '../shared/refusals'
import { releaseClaims } from './reviewQueue'

export type DecisionInput = {
  /** Refuse a registration of another competition (bulk calls name their competition in the path). */
  competitionId?: string
  decision: ReviewDecision
  /** The `updatedAt` the reviewer saw; without it (bulk), the decision applies to whatever is stored. */
  expectedUpdatedAt?: string
  id: string
  note: null | string
}

export type DecisionResult = { changed: boolean; registration: Registration }

/** Who made the change a reviewer did not see: the reviewer who decided, when the change was a decision. */
const changedBy = async (req: PayloadRequest, stored: Registration): Promise<null | string> => {
  const reviewer = idOf(stored.reviewedBy)
  const decisionWasLast = stored.reviewedAt && Math.abs(new Date(stored.reviewedAt).getTime() - new Date(stored.updatedAt).getTime()) < 5000
  if (!reviewer || !decisionWasLast) return null
  const user = await findByIdAsServer(req, 'users', reviewer)
  return user ? `${user.name} (${user.email})` : null
}

/**
 * The committee's decision on one registration: verified, needs-revision or rejected (with a
 * note). The one function behind the review queue, the single review endpoint and bulk review.
 *
 * It saves the registration as the logged-in committee member through the Local API with access
 * enforced, so everything a PATCH of `status` does happens here too and nothing is re-implemented:
 * the transition rules and "note required" (hooks/registrations/governChanges.ts), who and when,
 * the team's email, freeing the place and promoting from the waitlist.
 *
 * In its own transaction (or the caller's), under the competition's lock and then the row's
 * (src/db/lockRegistration.ts): the stored `updatedAt` is compared with the one the reviewer saw
 * and the decision written with no other write in between, so a registration that changed
 * meanwhile is refused with 409 and nothing stored, never silently overwritten. The reviewer's
 * hold from the review queue is released with the decision.
 */
export const decideRegistration = (req: PayloadRequest, input: DecisionInput): Promise<DecisionResult> =>
  inTransaction(req, async () => {
    const found = await findByIdAsServer(req, 'registrations', input.id)
    if (!found || (input.competitionId && idOf(found.competition) !== input.competitionId)) {
      throw refuse(404, `No registration has the id "${input.id}"${input.competitionId ? ' in this competition' : ''}.`)
    }
    await lockCompetition(req, idOf(found.competition) as string)
    await lockRegistration(req, found.id)
    // Read again under the locks: this is the row the decision is compared with and applied to.
    const stored = (await findByIdAsServer(req, 'registrations', found.id)) as Registration
    if (input.expectedUpdatedAt !== undefined && !sameInstant(stored.updatedAt, input.expectedUpdatedAt)) {
      throw refuse(
        409,
        changedMeanwhileMessage({ by: await changedBy(req, stored), teamName: stored.teamName, updatedAt: stored.updatedAt }),
      )
    }
    if (stored.status === input.decision && (input.note === null || input.note === stored.reviewNote)) {
      await releaseClaims(req, { registrationIds: [String(stored.id)] })
      return { changed: false, registration: stored }
    }
    const registration = await req.payload.update({
      collection: 'registrations',
      data: { status: input.decision, ...(input.note !== null ? { reviewNote: input.note } : {}) },
      depth: 0,
      id: stored.id,
      overrideAccess: false,
      req,
      user: req.user,
    })
    await releaseClaims(req, { registrationIds: [String(stored.id)] })
    return { changed: true, registration }
  })

/** A refusal's words for a person: a field's own message when Payload reports one ("status: …"), else the error's. */
export const refusalMessage = (error: unknown): string => {
  if (error instanceof ValidationError) {
    const fields = (error.data as { errors?: { message?: string }[] } | undefined)?.errors ?? []
    const messages = fields.map((field) => field.message).filter(Boolean)
    if (messages.length > 0) return messages.join(' ')
  }
  // A refusal's words are for people; a fault's (a database error) are not, and stay in the log.
  if (error instanceof APIError && error.status < 500) return error.message
  return 'The change failed on the server; try this registration again.'
}
