import type { PayloadRequest } from 'payload'

import type { Registration } from '../payload-types'

import { hashToken, INVITATION_LIFETIME_MS, newToken } from '../domain/invitation'
import { emailKey } from '../domain/registration'
import { queueEmail } from '../email/adapter'
import { invitationEmail } from '../email/invitationEmails'
import { DEFAULT_LANGUAGE } from '../i18n/dictionary'

type Member = NonNullable<Registration['members']>[number]

/**
 * Invitations still open for these emails of a registration (all of them without `emails`) are
 * revoked: the link they carry stops working.
 */
export const revokeInvitations = async (req: PayloadRequest, registrationId: string, emails?: string[]): Promise<void> => {
  if (emails && emails.length === 0) return
  await req.payload.update({
    collection: 'invitations',
    data: { revokedAt: new Date().toISOString() },
    overrideAccess: true,
    req,
    where: {
      and: [
        { registration: { equals: registrationId } },
        { acceptedAt: { exists: false } },
        { revokedAt: { exists: false } },
        ...(emails ? [{ email: { in: emails.map(emailKey) } }] : []),
      ],
    },
  })
}

/**
 * A fresh invitation for one member: any earlier open one is revoked, a new token is emailed
 * (queued in the request's transaction) and only its hash kept.
 */
export const issueInvitation = async (req: PayloadRequest, registration: Registration, member: Member): Promise<void> => {
  const email = emailKey(member.email)
  const registrationId = String(registration.id)
  await revokeInvitations(req, registrationId, [email])
  const token = newToken()
  const now = Date.now()
  await req.payload.create({
    collection: 'invitations',
    data: {
      email,
      expiresAt: new Date(now + INVITATION_LIFETIME_MS).toISOString(),
      memberId: member.id ?? undefined,
      registration: registrationId,
      sentAt: new Date(now).toISOString(),
      tokenHash: hashToken(token),
    },
    overrideAccess: true,
    req,
  })
  const [leader, competition] = await Promise.all([
    req.payload.findByID({
      collection: 'users',
      depth: 0,
      id: typeof registration.leader === 'object' && registration.leader ? registration.leader.id : String(registration.leader),
      overrideAccess: true,
      req,
    }),
    req.payload.findByID({
      collection: 'competitions',
      depth: 0,
      id: typeof registration.competition === 'object' ? registration.competition.id : registration.competition,
      overrideAccess: true,
      req,
    }),
  ])
  const serverUrl = req.payload.config.serverURL
  const message = invitationEmail({
    code: registration.code ?? '',
    competitionTitle: competition.title,
    leaderName: leader.name,
    link: `${serverUrl}/${DEFAULT_LANGUAGE}/invitations/${token}`,
    memberName: member.name,
    teamName: registration.teamName,
  })
  await queueEmail(req, { ...message, to: email })
}
