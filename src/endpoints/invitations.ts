import type { Endpoint, PayloadRequest } from 'payload'

import type { Invitation, Registration } from '../payload-types'

import { requireUser } from '../../access/endpoints'
import { enforceRateLimit } from '../../access/rateLimit'
import { recordAuditEvent } from '../audit/recordAuditEvent'
import { inTransaction } from '../db/inTransaction'
import { asServerWrite } from '../db/serverWrite'
import { hashToken, invitationState, maskEmail } from '../domain/invitation'
import { emailKey, FINAL_STATUSES, type RegistrationStatus } from '../domain/registration'
import { issueInvitation } from '../invitations/issueInvitation'
import { pendingInvitationsFor } from '../invitations/pendingInvitations'
import { resendWaitFor } from '../invitations/resendPending'
import { idOf } from '../shared/idOf'
import { refuse } from '../shared/refusals'
import { jsonBodyOf } from './jsonBody'

const isMemberOf = (registration: Registration, userId: number | string): boolean =>
  (registration.members ?? []).some((row) => idOf(row.user) === String(userId))

const formatDay = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', {
    dateStyle: 'medium',
    timeZone: 'Asia/Jakarta',
  })

/** Why a token no longer works, in words the invited person can act on. */
const goneMessage = (invitation: Invitation, now: Date): null | string => {
  switch (invitationState(invitation, now)) {
    case 'accepted':
      return 'This invitation was already accepted; each link works once. Open your dashboard to see the team.'
    case 'revoked':
      return 'This invitation was replaced by a newer one, or you are no longer listed in the team. Use the latest invitation email, or ask the team leader to resend it.'
    case 'expired':
      return `This invitation expired on ${formatDay(invitation.expiresAt)}. Ask the team leader to resend it from their dashboard.`
    default:
      return null
  }
}

/**
 * Accepts an invitation: `{ "token": "…" }` from the emailed link. The account must be logged
 * in, verified, a participant's, and its email must be the invited one; then the member row is
 * bound to it (and only then is the person on the team, see access/teams.ts). Single use.
 */
export const acceptInvitationEndpoint: Endpoint = {
  handler: async (req) => {
    // Counted before anything else, so guessing tokens is slow from any account or address.
    await enforceRateLimit(req, { bucket: 'invitationAccept', email: req.user?.email })
    const user = requireUser(req, 'accept the invitation, with the account that uses the invited email address')
    const { token } = await jsonBodyOf(req)
    if (typeof token !== 'string' || token.trim() === '') {
      throw refuse(400, 'Send the invitation token from the emailed link as "token" (a string).')
    }
    if (user.role !== 'participant') throw refuse(403, 'Staff accounts do not join teams; log in with a participant account.')
    if (!user._verified) throw refuse(403, 'Verify your email address first (open the link we emailed you), then accept the invitation.')

    const { docs } = await req.payload.find({
      collection: 'invitations',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: { tokenHash: { equals: hashToken(token.trim()) } },
    })
    const invitation = docs[0]
    if (!invitation) {
      throw refuse(
        404,
        'This invitation link is not valid. Open the whole link from the latest invitation email, or ask the team leader to resend it.',
      )
    }
    const now = new Date()
    const gone = goneMessage(invitation, now)
    if (gone) throw refuse(410, gone)
    if (emailKey(user.email) !== invitation.email) {
      throw refuse(
        403,
        `This invitation is for ${maskEmail(invitation.email)}, not ${user.email}. Log in with the invited address (or sign up with it), then open the link again.`,
      )
    }

    return inTransaction(req, () => bindMember(req, invitation, String(user.id), now))
  },
  method: 'post',
  path: '/accept',
}

const bindMember = async (req: PayloadRequest, invitation: Invitation, userId: string, now: Date): Promise<Response> => {
  const registration = await req.payload.findByID({
    collection: 'registrations',
    depth: 0,
    id: idOf(invitation.registration) as string,
    overrideAccess: true,
    req,
  })
  if (FINAL_STATUSES.includes(registration.status as RegistrationStatus)) {
    throw refuse(410, `${registration.teamName}'s registration is ${registration.status}; there is no team to join any more.`)
  }
  const members = registration.members ?? []
  const index = members.findIndex((member, position) => position > 0 && emailKey(member.email) === invitation.email)
  if (index < 0) throw refuse(410, `You are no longer listed in ${registration.teamName}. Ask the team leader.`)

  await asServerWrite(
    req,
    () =>
      req.payload.update({
        collection: 'registrations',
        data: {
          members: members.map((member, position) => (position === index ? { ...member, user: userId } : member)),
        },
        id: registration.id,
        overrideAccess: true,
        req,
      }),
    'member-binding',
  )
  await req.payload.update({
    collection: 'invitations',
    data: { acceptedAt: now.toISOString(), acceptedBy: userId },
    id: invitation.id,
    overrideAccess: true,
    req,
  })
  await recordAuditEvent(req, {
    action: 'member-joined',
    after: { email: invitation.email, member: members[index].id, user: userId },
    before: { email: invitation.email, member: members[index].id, user: null },
    collectionSlug: 'registrations',
    documentId: registration.id,
  })
  return Response.json({
    message: `You joined ${registration.teamName} (${registration.code}).`,
    registration: {
      code: registration.code,
      id: registration.id,
      teamName: registration.teamName,
    },
  })
}

/**
 * For the dashboard: invitations still open for the logged-in account's verified email, and the
 * teams it joined as a member (not those it leads).
 */
export const myInvitationsEndpoint: Endpoint = {
  handler: async (req) => {
    const user = requireUser(req, 'see your invitations')
    const teams = await req.payload.find({
      collection: 'registrations',
      depth: 1,
      limit: 100,
      overrideAccess: true,
      req,
      // Joined, not led: the members' own index (access/teams.ts says why not one `or`).
      where: { and: [{ 'members.user': { equals: user.id } }, { leader: { not_equals: user.id } }] },
    })
    return Response.json({
      invitations: await pendingInvitationsFor(req.payload, user, req),
      teams: teams.docs.map((registration) => ({
        code: registration.code,
        competition: typeof registration.competition === 'object' ? registration.competition.title : String(registration.competition),
        id: registration.id,
        status: registration.status,
        teamName: registration.teamName,
      })),
    })
  },
  method: 'get',
  path: '/mine',
}

/**
 * The leader sends a member a fresh invitation (`{ "member": "<member row id>" }`); the old link
 * stops working. At most once a minute per member: each resend is an email to someone else.
 */
export const resendInvitationEndpoint: Endpoint = {
  handler: async (req) => {
    const user = requireUser(req, 'resend an invitation')
    const { member } = await jsonBodyOf(req)
    if (typeof member !== 'string' || member.trim() === '') {
      throw refuse(400, 'Send the member to invite again as "member": the id of their row in the registration (a string).')
    }
    const registration = await req.payload
      .findByID({
        collection: 'registrations',
        depth: 0,
        disableErrors: true,
        id: String(req.routeParams?.id),
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!registration || (idOf(registration.leader) !== String(user.id) && !isMemberOf(registration, user.id))) {
      throw refuse(404, `No registration of yours has the id "${String(req.routeParams?.id)}".`)
    }
    if (idOf(registration.leader) !== String(user.id)) throw refuse(403, 'Only the team leader resends invitations.')
    if (FINAL_STATUSES.includes(registration.status as RegistrationStatus)) {
      throw refuse(409, `This registration is ${registration.status}; nobody can join it any more.`)
    }
    const members = registration.members ?? []
    const index = members.findIndex((row) => row.id === member)
    if (index < 0) throw refuse(404, 'This team has no member with that id; reload the page and try again.')
    if (index === 0) throw refuse(400, 'The leader is on the team already; invitations are for the other members.')
    if (members[index].user) throw refuse(409, `${members[index].name} already accepted the invitation.`)

    const wait = await resendWaitFor(req, registration.id, members[index].email, new Date())
    if (wait > 0) {
      return Response.json(
        {
          errors: [
            {
              message: `An invitation was just sent to ${members[index].email}; wait ${wait} seconds before sending another.`,
            },
          ],
        },
        { headers: { 'Retry-After': String(wait) }, status: 429 },
      )
    }
    await inTransaction(req, () => issueInvitation(req, registration, members[index]))
    return Response.json({
      message: `A new invitation is on its way to ${members[index].email}.`,
      sentTo: members[index].email,
    })
  },
  method: 'post',
  path: '/:id/invitations/resend',
}
