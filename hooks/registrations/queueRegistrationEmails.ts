import type { CollectionAfterChangeHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { queueEmail } from '../../src/email/adapter'
import { registrationEmail, type RegistrationEmailKind } from '../../src/email/registrationEmails'
import { idOf } from '../../src/shared/idOf'
import { competitionOfRegistration } from './shared'

/** Which email a change calls for, if any. */
const emailFor = (doc: Registration, previous: Registration | undefined): RegistrationEmailKind | null => {
  if (!previous) return doc.status === 'waitlisted' ? 'waitlisted' : 'received'
  if (doc.status === previous.status) return null
  // Only a promotion takes a team off the waitlist into a place (see promoteFromWaitlist).
  if (previous.status === 'waitlisted' && doc.status === 'pending') return 'promoted'
  if (doc.status === 'verified' || doc.status === 'needs-revision' || doc.status === 'rejected') return doc.status
  return null
}

/**
 * Queues the team leader's email for a new registration or a decision. Queued with `req`, so
 * it is part of the transaction: a change that fails sends nothing, and an SMTP outage only
 * delays the email (the job is retried), never the change.
 */
export const queueRegistrationEmails: CollectionAfterChangeHook<Registration> = async ({ doc, operation, previousDoc, req }) => {
  const kind = emailFor(doc, operation === 'create' ? undefined : previousDoc)
  if (!kind) return doc
  const leaderId = idOf(doc.leader) as string
  // A team's own registration is sent by its leader: who is logged in is who is written to.
  const [leader, competition] = await Promise.all([
    req.user?.collection === 'users' && String(req.user.id) === leaderId
      ? req.user
      : req.payload.findByID({ collection: 'users', depth: 0, id: leaderId, overrideAccess: true, req }),
    competitionOfRegistration(req, idOf(doc.competition) as string),
  ])
  const message = registrationEmail(kind, {
    code: doc.code ?? '',
    competitionTitle: competition.title,
    feeDue: doc.feeDue ?? 0,
    leaderName: leader.name,
    note: doc.reviewNote,
    serverUrl: req.payload.config.serverURL,
    teamName: doc.teamName,
  })
  await queueEmail(req, { ...message, to: leader.email })
  return doc
}
