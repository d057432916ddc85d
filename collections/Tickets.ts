import type { Access, CollectionConfig } from 'payload'

import { adminsOnly, isCommittee, isJudge } from '../access'
import { systemField } from '../access/fields'
import { recordCheckedInTicketDeletion, recordCheckIn } from '../hooks/tickets/recordCheckIns'

/**
 * A participant reads their own tickets (the account the ticket was made for); the committee
 * reads every ticket; judges and anonymous visitors none.
 */
const ownTicketOrCommittee: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user || isJudge(user)) return false
  return { user: { equals: user.id } }
}

/** Nobody makes, edits or checks in a ticket through the API: the server does (see below). */
const nobody: Access = () => false

/**
 * Personal on-site check-in tickets: one per member of a team advanced into an on-site stage
 * (src/domain/checkIn.ts), made and kept in step by the server whenever the team or the
 * competition's stages change (src/checkIn/syncTickets.ts), and emailed when made. The committee
 * checks a person in with the ticket's code (POST /api/check-in, src/endpoints/checkIn.ts), which
 * writes `checkedInAt`/`checkedInBy`; nothing else changes them.
 */
export const Tickets: CollectionConfig<'tickets'> = {
  slug: 'tickets',
  access: { create: nobody, delete: adminsOnly, read: ownTicketOrCommittee, update: nobody },
  admin: {
    defaultColumns: ['name', 'registration', 'stage', 'checkedInAt', 'checkedInBy'],
    group: 'Competitions',
    hidden: ({ user }) => !isCommittee(user),
    useAsTitle: 'name',
  },
  // Written by the server only; a committee member's open editor must never lock a check-in out.
  lockDocuments: false,
  fields: [
    { name: 'competition', type: 'relationship', ...systemField, index: true, relationTo: 'competitions', required: true },
    { name: 'stage', type: 'text', ...systemField, required: true },
    { name: 'registration', type: 'relationship', ...systemField, index: true, relationTo: 'registrations', required: true },
    { name: 'user', type: 'relationship', ...systemField, index: true, relationTo: 'users', required: true },
    { name: 'name', type: 'text', ...systemField, admin: { description: "The name on the team's member row.", readOnly: true } },
    // 100 random bits (src/domain/checkIn.ts); what the QR code carries.
    { name: 'code', type: 'text', ...systemField, required: true, unique: true },
    { name: 'checkedInAt', type: 'date', ...systemField, admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true } },
    { name: 'checkedInBy', type: 'relationship', ...systemField, relationTo: 'users' },
    // One ticket per competition, stage and account, held by a unique index so two syncs racing
    // (an advance and an invitation accepted at the same moment) cannot make two.
    { name: 'key', type: 'text', ...systemField, admin: { hidden: true }, required: true, unique: true },
  ],
  hooks: { afterChange: [recordCheckIn], afterDelete: [recordCheckedInTicketDeletion] },
  indexes: [
    // A stage's attendance list (who is in, who is missing).
    { fields: ['competition', 'stage'] },
  ],
  timestamps: true,
}
