import type { PayloadRequest, Where } from 'payload'

import type { Attachment, Registration, User } from '../payload-types'

import { inTransaction } from '../db/inTransaction'
import { lockCompetition } from '../db/lockCompetition'
import { REVIEW_CLAIM_MS } from '../domain/review'

/**
 * The review queue: "review next" hands a committee member the oldest registration waiting for
 * review (status pending: new teams, and teams that changed their details after a revision
 * request, which governChanges sends back to pending), oldest registration first, and holds it
 * for them for REVIEW_CLAIM_MS (`reviewClaimedBy`, `reviewClaimedUntil`) so nobody else is handed
 * it meanwhile. A decision releases the hold (src/review/decideRegistration.ts); so does asking
 * for the next one (a reviewer holds one registration at a time). An expired hold is free again.
 *
 * Choosing and holding happen in one transaction under the competition's lock
 * (src/db/lockCompetition.ts): on PostgreSQL a second reviewer waits for the first to commit and
 * then sees the hold; on SQLite transactions take turns. The hold is written through the database
 * adapter: it is the server's bookkeeping, not a change of the registration, so no hook runs and
 * `updatedAt` (which the decision is compared with) stays what the reviewer was shown.
 */

// `updatedAt: null` tells the adapter to leave the timestamp alone (it stamps every write otherwise).
const CLAIM_CLEARED = { reviewClaimedBy: null, reviewClaimedUntil: null, updatedAt: null }

/** Releases holds: on these registrations, or every hold of one reviewer in a competition (but `except`). */
export const releaseClaims = async (
  req: PayloadRequest,
  scope: { competitionId: string; except?: string; reviewerId: string } | { registrationIds: string[] },
): Promise<void> => {
  const where: Where =
    'registrationIds' in scope
      ? { id: { in: scope.registrationIds } }
      : {
          and: [
            { competition: { equals: scope.competitionId } },
            { reviewClaimedBy: { equals: scope.reviewerId } },
            ...(scope.except ? [{ id: { not_equals: scope.except } }] : []),
          ],
        }
  await req.payload.db.updateMany({ collection: 'registrations', data: CLAIM_CLEARED, req, returning: false, where })
}

export type Claim = { claimedUntil: string; id: string } | null

/** Chooses and holds the next registration for `reviewerId`, skipping `skip` (ones they passed over). */
export const claimNext = (req: PayloadRequest, args: { competitionId: string; reviewerId: string; skip: string[] }): Promise<Claim> =>
  inTransaction(req, async () => {
    const { competitionId, reviewerId, skip } = args
    await lockCompetition(req, competitionId)
    const now = new Date()
    const { docs } = await req.payload.find({
      collection: 'registrations',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      select: { createdAt: true },
      sort: 'createdAt',
      where: {
        and: [
          { competition: { equals: competitionId } },
          { status: { equals: 'pending' } },
          ...(skip.length > 0 ? [{ id: { not_in: skip } }] : []),
          {
            or: [
              { reviewClaimedUntil: { exists: false } },
              { reviewClaimedUntil: { less_than_equal: now.toISOString() } },
              { reviewClaimedBy: { equals: reviewerId } },
            ],
          },
        ],
      },
    })
    const next = docs[0]
    await releaseClaims(req, { competitionId, except: next ? String(next.id) : undefined, reviewerId })
    if (!next) return null
    const claimedUntil = new Date(now.getTime() + REVIEW_CLAIM_MS).toISOString()
    await req.payload.db.updateOne({
      collection: 'registrations',
      data: { reviewClaimedBy: reviewerId, reviewClaimedUntil: claimedUntil, updatedAt: null },
      id: next.id,
      req,
      returning: false,
    })
    return { claimedUntil, id: String(next.id) }
  })

export type ReviewFile = { filename: string; id: string; mimeType: null | string; url: null | string }

export type ReviewPacket = {
  claimedUntil: null | string
  competition: { id: string; title: string }
  registration: {
    code: null | string
    createdAt: string
    feeDue: null | number
    id: string
    institution: string
    leader: { email: string; name: string } | null
    members: { email: string; joined: boolean; name: string; studentCard: null | ReviewFile; studentId: string }[]
    paymentProof: null | ReviewFile
    reviewNote: null | string
    status: string
    teamName: string
    updatedAt: string
  }
}

const pathOf = (url: string): string => {
  const parsed = new URL(url, 'http://relative.invalid')
  return `${parsed.pathname}${parsed.search}`
}

const fileOf = (value: unknown): null | ReviewFile => {
  if (!value || typeof value !== 'object') return null
  const file = value as Attachment
  // `url` is the access-checked file route (/api/attachments/file/…), never the disk path; given
  // as a path, so the admin panel loads it from its own origin whatever SERVER_URL says.
  return { filename: file.filename ?? '', id: String(file.id), mimeType: file.mimeType ?? null, url: file.url ? pathOf(file.url) : null }
}

/**
 * What a reviewer needs to decide, read as the reviewer (access rules apply): the team, its
 * members, the documents' ids and access-checked URLs, and the `updatedAt` to send back with
 * the decision.
 */
export const reviewPacket = async (req: PayloadRequest, id: string): Promise<null | ReviewPacket> => {
  const registration = (await req.payload
    .findByID({ collection: 'registrations', depth: 1, disableErrors: true, id, overrideAccess: false, req, user: req.user })
    .catch(() => null)) as null | Registration
  if (!registration) return null
  const competition = typeof registration.competition === 'object' ? registration.competition : null
  const leader = typeof registration.leader === 'object' && registration.leader ? (registration.leader as User) : null
  return {
    claimedUntil: registration.reviewClaimedUntil ?? null,
    competition: { id: String(competition?.id ?? registration.competition), title: competition?.title ?? '' },
    registration: {
      code: registration.code ?? null,
      createdAt: registration.createdAt,
      feeDue: registration.feeDue ?? null,
      id: String(registration.id),
      institution: registration.institution,
      leader: leader ? { email: leader.email, name: leader.name } : null,
      members: (registration.members ?? []).map((member, index) => ({
        email: member.email,
        joined: index === 0 || Boolean(member.user),
        name: member.name,
        studentCard: fileOf(member.studentCard),
        studentId: member.studentId,
      })),
      paymentProof: fileOf(registration.paymentProof),
      reviewNote: registration.reviewNote ?? null,
      status: registration.status,
      teamName: registration.teamName,
      updatedAt: registration.updatedAt,
    },
  }
}

/** How many registrations of the competition wait for review (held or not). */
export const waitingCount = async (req: PayloadRequest, competitionId: string): Promise<number> =>
  (
    await req.payload.count({
      collection: 'registrations',
      overrideAccess: true,
      req,
      where: { and: [{ competition: { equals: competitionId } }, { status: { equals: 'pending' } }] },
    })
  ).totalDocs
