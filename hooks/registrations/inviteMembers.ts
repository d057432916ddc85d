import type { CollectionAfterChangeHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { isMemberBinding } from '../../src/db/serverWrite'
import { emailKey } from '../../src/domain/registration'
import { issueInvitation, revokeInvitations } from '../../src/invitations/issueInvitation'

const emailsOf = (members: Registration['members']): string[] => (members ?? []).slice(1).map((member) => emailKey(member.email))

/**
 * Every member but the leader is invited when the registration is made, and again whenever a
 * member is added or their email changes; an email that leaves the team loses its invitation.
 * Invitations are queued in the same transaction as the change, like the team's other emails.
 */
export const inviteMembers: CollectionAfterChangeHook<Registration> = async ({ context, doc, operation, previousDoc, req }) => {
  if (isMemberBinding(context)) return doc
  const before = new Set(operation === 'create' ? [] : emailsOf(previousDoc?.members))
  const now = new Set(emailsOf(doc.members))
  const gone = [...before].filter((email) => !now.has(email))
  await revokeInvitations(req, String(doc.id), gone)
  for (const member of (doc.members ?? []).slice(1)) {
    if (!before.has(emailKey(member.email)) && !member.user) await issueInvitation(req, doc, member)
  }
  return doc
}
