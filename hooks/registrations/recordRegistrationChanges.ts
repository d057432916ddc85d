import type { Registration } from '../../src/payload-types'

import { recordChanges, recordDeletion } from '../../src/audit/auditHooks'
import { isWaitlistPromotion } from '../../src/db/serverWrite'
import { emailKey } from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'

const text = (value: null | string | undefined): null | string => value?.trim() || null

/**
 * A registration as the audit trail compares it. Members are who they are (name, email, NIM,
 * student card), not which account accepted their invitation: that is recorded on its own
 * (`member-joined`, src/endpoints/invitations.ts).
 */
const snapshot = (doc: Registration) => ({
  code: doc.code ?? null,
  competition: idOf(doc.competition) ?? null,
  feeDue: doc.feeDue ?? null,
  institution: text(doc.institution),
  leader: idOf(doc.leader) ?? null,
  members: (doc.members ?? []).map((member) => ({
    email: emailKey(member.email ?? ''),
    name: text(member.name),
    studentCard: idOf(member.studentCard) ?? null,
    studentId: text(member.studentId),
  })),
  paymentProof: idOf(doc.paymentProof) ?? null,
  placing: doc.placing ?? null,
  progress: (doc.progress ?? []).map((entry) => entry.stage),
  reviewedBy: idOf(doc.reviewedBy) ?? null,
  reviewNote: text(doc.reviewNote),
  status: doc.status,
  teamName: text(doc.teamName),
})

/**
 * Every change of a registration that matters afterwards: its status and review note (with who
 * reviewed), the fee due, the team's details, the stages it advanced into and its placing. A
 * waitlisted team taking a freed place is the server's doing: that event has no actor.
 */
export const recordRegistrationChanges = recordChanges<Registration>({
  aspects: [
    {
      action: ({ changed }) => (changed.includes('status') ? 'status-changed' : 'review-note-changed'),
      fields: ['status', 'reviewNote'],
      with: ['reviewedBy'],
    },
    { action: 'fee-due-changed', fields: ['feeDue'] },
    { action: 'team-changed', fields: ['teamName', 'institution', 'members', 'paymentProof'] },
    {
      action: ({ after, before }) =>
        (after.progress as string[]).length > (before.progress as string[]).length ? 'team-advanced' : 'progress-changed',
      fields: ['progress'],
    },
    { action: 'placing-changed', fields: ['placing'] },
  ],
  byServer: isWaitlistPromotion,
  collection: 'registrations',
  created: { action: 'registration-created', fields: ['status', 'teamName', 'institution', 'feeDue'] },
  snapshot,
})

export const recordRegistrationDeletion = recordDeletion<Registration>({
  action: 'registration-deleted',
  collection: 'registrations',
  snapshot: (doc) => {
    const { code, competition, institution, leader, status, teamName } = snapshot(doc)
    return { code, competition, institution, leader, status, teamName }
  },
})
