import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Registration } from '../payload-types'

import { requireCommittee } from '../../access/endpoints'
import { findByIdAsServer } from '../db/findAllAsServer'
import { inTransaction } from '../db/inTransaction'
import { FINAL_STATUSES, type RegistrationStatus } from '../domain/registration'
import { parseDecision, parseIdList, type ReviewDecision } from '../domain/review'
import { registrationStatusLabels } from '../i18n/registrationStatus'
import { resendPendingInvitations } from '../invitations/resendPending'
import { decideRegistration, refusalMessage } from '../review/decideRegistration'
import { claimNext, reviewPacket, waitingCount } from '../review/reviewQueue'
import { idOf } from '../shared/idOf'
import { refuse } from '../shared/refusals'
import { jsonBodyOf } from './jsonBody'

const ONLY_COMMITTEE = 'Only the committee reviews registrations.'
const committeeOnly = (req: PayloadRequest) =>
  requireCommittee(req, { anonymous: 'Log in as a committee member to review registrations.', other: ONLY_COMMITTEE })

const competitionOf = async (req: PayloadRequest): Promise<string> => {
  const id = String(req.routeParams?.id)
  const competition = await findByIdAsServer(req, 'competitions', id)
  if (!competition) throw refuse(404, `No competition has the id "${id}". Take the id from the competition's address in /admin.`)
  return String(competition.id)
}

const STATUS_WORDS = registrationStatusLabels('en')
const doneMessage = (decision: ReviewDecision, changed: boolean): string =>
  changed
    ? `Now ${STATUS_WORDS[decision].toLowerCase()}; the team is emailed.`
    : `Already ${STATUS_WORDS[decision].toLowerCase()}; nothing changed.`

/**
 * `POST /api/competitions/:id/review/next` `{ skip?: [id…] }`: holds and returns the oldest
 * registration waiting for review that no other reviewer holds (src/review/reviewQueue.ts), with
 * its team, members and documents; `registration: null` when none is left. `skip` lists the ones
 * this reviewer passed over in this session; their holds are released.
 */
export const reviewNextEndpoint: Endpoint = {
  handler: async (req) => {
    committeeOnly(req)
    const body = await jsonBodyOf(req)
    const skip = body.skip === undefined ? [] : body.skip
    if (!Array.isArray(skip) || !skip.every((id) => typeof id === 'string')) {
      throw refuse(400, '"skip" must be a list of registration ids (text) you passed over.')
    }
    if (skip.length > 1000) throw refuse(400, '"skip" lists at most 1000 ids; start the queue again.')
    const competitionId = await competitionOf(req)
    // Ids of another shape cannot name a registration; a database would refuse them in a query.
    const ids = (skip as string[]).filter((id) => /^[0-9a-f-]{36}$|^[0-9a-f]{24}$|^\d+$/i.test(id))
    const claim = await claimNext(req, { competitionId, reviewerId: String(req.user?.id), skip: ids })
    const waiting = await waitingCount(req, competitionId)
    if (!claim) return Response.json({ claimedUntil: null, registration: null, waiting })
    return Response.json({ ...(await reviewPacket(req, claim.id)), waiting })
  },
  method: 'post',
  path: '/:id/review/next',
}

/**
 * `POST /api/registrations/:id/review` `{ decision, note, expectedUpdatedAt }`: the committee's
 * decision on one registration (src/review/decideRegistration.ts). `expectedUpdatedAt` is the
 * `updatedAt` the reviewer was shown; if the registration changed since, 409 and nothing stored.
 */
export const reviewDecisionEndpoint: Endpoint = {
  handler: async (req) => {
    committeeOnly(req)
    const body = await jsonBodyOf(req)
    const parsed = parseDecision(body)
    if (!parsed.ok) throw refuse(400, parsed.error)
    const { expectedUpdatedAt } = body
    if (typeof expectedUpdatedAt !== 'string' || Number.isNaN(new Date(expectedUpdatedAt).getTime())) {
      throw refuse(
        400,
        '"expectedUpdatedAt" must be the registration\'s updatedAt you were shown (an ISO date), so a change made meanwhile is not overwritten.',
      )
    }
    const { changed, registration } = await decideRegistration(req, {
      decision: parsed.decision,
      expectedUpdatedAt,
      id: String(req.routeParams?.id),
      note: parsed.note,
    })
    return Response.json({
      message: `${registration.teamName}: ${doneMessage(parsed.decision, changed)}`,
      registration: {
        id: registration.id,
        status: registration.status,
        teamName: registration.teamName,
        updatedAt: registration.updatedAt,
      },
    })
  },
  method: 'post',
  path: '/:id/review',
}

export type BulkRow = { id: string; message: string; ok: boolean; teamName: null | string }

const bulkIds = (body: Record<string, unknown>): string[] => {
  const parsed = parseIdList(body.registrations)
  if (!parsed.ok) throw refuse(400, parsed.error)
  return parsed.ids
}

/** Each row in its own transaction: one row refused leaves the others changed. */
const eachRow = async (
  req: PayloadRequest,
  ids: string[],
  competitionId: string,
  work: (registration: Registration) => Promise<string>,
): Promise<BulkRow[]> => {
  const rows: BulkRow[] = []
  for (const id of ids) {
    const registration = await findByIdAsServer(req, 'registrations', id)
    if (!registration || idOf(registration.competition) !== competitionId) {
      rows.push({ id, message: 'No registration of this competition has this id.', ok: false, teamName: null })
      continue
    }
    try {
      rows.push({ id, message: await work(registration), ok: true, teamName: registration.teamName })
    } catch (error) {
      // A refusal (4xx) is the row's answer; anything else is a fault worth a log line, and the other rows still go ahead.
      if (!(error instanceof APIError) || error.status >= 500)
        req.payload.logger.error({ err: error, registration: id }, 'bulk change failed')
      rows.push({ id, message: refusalMessage(error), ok: false, teamName: registration.teamName })
    }
  }
  return rows
}

const summary = (rows: BulkRow[]) => ({ changed: rows.filter((row) => row.ok).length, failed: rows.filter((row) => !row.ok).length, rows })

/**
 * `POST /api/competitions/:id/registrations/bulk-review` `{ registrations: [id…], decision, note }`:
 * the same decision for many registrations, each through decideRegistration in its own
 * transaction (rules, emails, waitlist promotion as for one). Answers per row
 * `{ id, teamName, ok, message }`; a row that cannot change is reported and the others still change.
 */
export const bulkReviewEndpoint: Endpoint = {
  handler: async (req) => {
    committeeOnly(req)
    const body = await jsonBodyOf(req)
    const ids = bulkIds(body)
    const parsed = parseDecision(body)
    if (!parsed.ok) throw refuse(400, parsed.error)
    const competitionId = await competitionOf(req)
    const rows = await eachRow(req, ids, competitionId, async (registration) => {
      const { changed } = await decideRegistration(req, {
        competitionId,
        decision: parsed.decision,
        id: String(registration.id),
        note: parsed.note,
      })
      return doneMessage(parsed.decision, changed)
    })
    return Response.json(summary(rows))
  },
  method: 'post',
  path: '/:id/registrations/bulk-review',
}

/**
 * `POST /api/competitions/:id/registrations/bulk-resend-invitations` `{ registrations: [id…] }`:
 * a fresh invitation to every member who has not joined, of each registration (as the leader's
 * resend does, src/invitations/resendPending.ts), each registration in its own transaction.
 */
export const bulkResendInvitationsEndpoint: Endpoint = {
  handler: async (req) => {
    committeeOnly(req)
    const ids = bulkIds(await jsonBodyOf(req))
    const competitionId = await competitionOf(req)
    const rows = await eachRow(req, ids, competitionId, async (registration) => {
      if (FINAL_STATUSES.includes(registration.status as RegistrationStatus)) {
        throw refuse(409, `This registration is ${registration.status}; nobody can join it any more.`)
      }
      const { sentTo, waiting } = await inTransaction(req, () => resendPendingInvitations(req, registration))
      const parts = [
        sentTo.length > 0 ? `Invitation sent to ${sentTo.join(', ')}.` : '',
        ...waiting.map(({ email, seconds }) => `${email} was invited moments ago; try again in ${seconds} seconds.`),
      ].filter(Boolean)
      return parts.length > 0 ? parts.join(' ') : 'Every member has joined; no invitation to resend.'
    })
    return Response.json(summary(rows))
  },
  method: 'post',
  path: '/:id/registrations/bulk-resend-invitations',
}
