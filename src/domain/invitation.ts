/**
 * Invitations and other single-use links, as plain functions. A token is sent once (in an
 * email) and only its hash is stored, so a copy of the database lets nobody accept an
 * invitation or confirm an email change.
 */
import crypto from 'node:crypto'

/** How long an invitation link works. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000
/** A leader may resend one member's invitation once a minute (each resend is an email). */
export const RESEND_INTERVAL_MS = 60 * 1000
/** How long an email-change confirmation link works. */
export const EMAIL_CHANGE_LIFETIME_MS = 24 * 60 * 60 * 1000

/** 256 random bits, URL-safe: what goes into the emailed link. */
export const newToken = (): string => crypto.randomBytes(32).toString('base64url')

/** What is stored instead of the token. */
export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex')

/** "nadia.putri@example.org" → "na***@example.org": enough to recognise an address, not to learn it. */
export const maskEmail = (email: string): string => {
  const [local, domain] = email.split('@')
  if (!domain) return '***'
  return `${local.slice(0, Math.min(2, Math.max(local.length - 1, 1)))}***@${domain}`
}

export type InvitationState = 'accepted' | 'expired' | 'pending' | 'revoked'

export const invitationState = (
  invitation: { acceptedAt?: null | string; expiresAt: string; revokedAt?: null | string },
  now: Date,
): InvitationState => {
  if (invitation.acceptedAt) return 'accepted'
  if (invitation.revokedAt) return 'revoked'
  if (new Date(invitation.expiresAt).getTime() <= now.getTime()) return 'expired'
  return 'pending'
}

/** Seconds a leader still has to wait before resending, or 0. */
export const resendWaitSeconds = (lastSentAt: null | string | undefined, now: Date): number => {
  if (!lastSentAt) return 0
  const wait = new Date(lastSentAt).getTime() + RESEND_INTERVAL_MS - now.getTime()
  return wait > 0 ? Math.ceil(wait / 1000) : 0
}
