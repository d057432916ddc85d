import type { Payload, PayloadRequest } from 'payload'

import type { Invitation, Registration } from '../payload-types'

import { emailKey } from '../domain/registration'

export type PendingInvitation = {
  email: string
  expiresAt: string
  id: string
  team: { code?: null | string; competition: string; id: string; teamName: string }
}

/**
 * Invitations still open for an account's email, if that email is verified: an address nobody
 * has proven is not yet theirs. Used by GET /api/invitations/mine and the dashboard.
 */
export const pendingInvitationsFor = async (
  payload: Payload,
  user: { _verified?: boolean | null; email: string },
  req?: PayloadRequest,
): Promise<PendingInvitation[]> => {
  if (!user._verified) return []
  const { docs } = await payload.find({
    collection: 'invitations',
    depth: 2,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    req,
    where: {
      and: [
        { email: { equals: emailKey(user.email) } },
        { acceptedAt: { exists: false } },
        { revokedAt: { exists: false } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
  })
  return docs
    .filter((invitation): invitation is Invitation & { registration: Registration } => typeof invitation.registration === 'object')
    .map((invitation) => ({
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      id: String(invitation.id),
      team: {
        code: invitation.registration.code,
        competition:
          typeof invitation.registration.competition === 'object'
            ? invitation.registration.competition.title
            : String(invitation.registration.competition),
        id: String(invitation.registration.id),
        teamName: invitation.registration.teamName,
      },
    }))
}
