import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../access'
import { committeeWrites, serverOnly, systemField } from '../access/fields'
import { leaderOrCommittee, registrationCreateAccess, registrationReadAccess, registrationUpdateAccess } from '../access/registrations'
import { answerWritesUnpopulated } from '../hooks/registrations/answerWritesUnpopulated'
import { bindMembers } from '../hooks/registrations/bindMembers'
import { claimPlace } from '../hooks/registrations/claimPlace'
import { deleteInvitations } from '../hooks/registrations/deleteInvitations'
import { deleteTickets } from '../hooks/registrations/deleteTickets'
import { enforceRegistrationRules } from '../hooks/registrations/enforceRegistrationRules'
import { governChanges } from '../hooks/registrations/governChanges'
import { inviteMembers } from '../hooks/registrations/inviteMembers'
import { promoteFromWaitlist } from '../hooks/registrations/promoteFromWaitlist'
import { queueRegistrationEmails } from '../hooks/registrations/queueRegistrationEmails'
import { recordRegistrationChanges, recordRegistrationDeletion } from '../hooks/registrations/recordRegistrationChanges'
import {
  refreshPublicRegistrationsAfterChange,
  refreshPublicRegistrationsAfterDelete,
} from '../hooks/registrations/refreshPublicRegistrations'
import { refuseWhenFull } from '../hooks/registrations/refuseWhenFull'
import { syncTickets } from '../hooks/registrations/syncTickets'
import {
  competitionField,
  forgetCompetitionStatsAfterChange,
  forgetCompetitionStatsAfterDelete,
} from '../hooks/shared/forgetCompetitionStats'
import { PLACINGS } from '../src/domain/judging'
import { MAX_TEAM_MEMBERS, REGISTRATION_STATUSES } from '../src/domain/registration'
import { resendInvitationEndpoint } from '../src/endpoints/invitations'
import { reviewDecisionEndpoint } from '../src/endpoints/review'
import { REGISTRATION_STATUS_LABELS } from '../src/i18n/registrationStatus'

export const Registrations: CollectionConfig<'registrations'> = {
  slug: 'registrations',
  access: {
    create: registrationCreateAccess,
    delete: adminsOnly,
    read: registrationReadAccess,
    update: registrationUpdateAccess,
  },
  admin: {
    components: {
      // Saved filters and bulk review above the list (src/components/admin).
      beforeListTable: [
        '/components/admin/RegistrationFilters#RegistrationFilters',
        '/components/admin/BulkReviewActions#BulkReviewActions',
      ],
    },
    defaultColumns: ['code', 'teamName', 'competition', 'status', 'institution', 'createdAt'],
    group: 'Registrations',
    listSearchableFields: ['code', 'teamName', 'institution'],
    useAsTitle: 'code',
  },
  defaultSort: '-createdAt',
  endpoints: [resendInvitationEndpoint, reviewDecisionEndpoint],
  // Participants write these: a staff member's open editor must never answer their save with 423.
  lockDocuments: false,
  fields: [
    {
      name: 'competition',
      type: 'relationship',
      access: { update: serverOnly },
      index: true,
      relationTo: 'competitions',
      required: true,
    },
    { name: 'code', type: 'text', ...systemField, admin: { position: 'sidebar', readOnly: true }, index: true },
    { name: 'teamName', type: 'text', maxLength: 80, required: true },
    { name: 'institution', type: 'text', maxLength: 200, required: true },
    { name: 'leader', type: 'relationship', ...systemField, index: true, relationTo: 'users' },
    {
      name: 'members',
      type: 'array',
      admin: {
        description:
          "Member one is the team leader. Every other member is emailed an invitation and must accept it, logged in with a verified account using that email, before they can see the team or submit its work. Changing a member's email unbinds them and sends a new invitation.",
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 120, required: true },
            { name: 'email', type: 'email', required: true },
            { name: 'studentId', type: 'text', label: 'Student ID (NIM)', maxLength: 40, required: true },
          ],
        },
        {
          name: 'studentCard',
          type: 'upload',
          access: { read: leaderOrCommittee },
          label: 'Student card (KTM)',
          relationTo: 'attachments',
          required: true,
        },
        {
          name: 'user',
          type: 'relationship',
          ...systemField,
          admin: { description: "The account that accepted this member's invitation (the leader, for member one).", readOnly: true },
          index: true,
          label: 'Account',
          relationTo: 'users',
        },
      ],
      // The competition's team size applies too; this hard cap is checked before any hook runs.
      maxRows: MAX_TEAM_MEMBERS,
      minRows: 1,
      required: true,
    },
    { name: 'paymentProof', type: 'upload', access: { read: leaderOrCommittee }, relationTo: 'attachments' },
    {
      name: 'status',
      type: 'select',
      access: { create: serverOnly },
      admin: { position: 'sidebar' },
      defaultValue: 'pending',
      index: true,
      options: REGISTRATION_STATUSES.map((value) => ({ label: REGISTRATION_STATUS_LABELS[value], value })),
      required: true,
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      access: { create: serverOnly, update: committeeWrites },
      admin: { description: 'Shown to the team. Required to ask for a revision or to reject.', position: 'sidebar' },
      maxLength: 2000,
    },
    { name: 'reviewedBy', type: 'relationship', ...systemField, admin: { position: 'sidebar', readOnly: true }, relationTo: 'users' },
    { name: 'reviewedAt', type: 'date', ...systemField, admin: { position: 'sidebar', readOnly: true } },
    { name: 'feeDue', type: 'number', ...systemField, admin: { position: 'sidebar', readOnly: true } },
    // The review queue's hold (src/review/reviewQueue.ts): who opened this registration in "review
    // next" and until when nobody else is handed it. Written by the server only, read by the committee only.
    {
      name: 'reviewClaimedBy',
      label: { en: 'Held for review by', id: 'Sedang diperiksa oleh' },
      type: 'relationship',
      ...systemField,
      access: { ...systemField.access, read: committeeWrites },
      admin: { position: 'sidebar', readOnly: true },
      relationTo: 'users',
    },
    {
      name: 'reviewClaimedUntil',
      label: { en: 'Held for review until', id: 'Dipegang untuk pemeriksaan sampai' },
      type: 'date',
      ...systemField,
      access: { ...systemField.access, read: committeeWrites },
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
      index: true,
    },
    // Whether the team has submitted work for any stage, kept by the submissions hooks, so the list
    // can filter "verified without submission" (Payload cannot filter on the absence of a joined row).
    {
      name: 'hasSubmitted',
      label: { en: 'Has submitted work', id: 'Sudah mengumpulkan karya' },
      type: 'checkbox',
      ...systemField,
      access: { ...systemField.access, read: committeeWrites },
      admin: { position: 'sidebar', readOnly: true },
      defaultValue: false,
      index: true,
    },
    {
      name: 'progress',
      type: 'array',
      access: { create: serverOnly, update: committeeWrites },
      admin: { description: 'Stages this team has advanced into (set by advancing teams from a ranking).' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'stage', type: 'text', required: true },
            { name: 'advancedAt', type: 'date' },
          ],
        },
      ],
    },
    {
      name: 'placing',
      type: 'select',
      access: { create: serverOnly, update: committeeWrites },
      admin: { description: 'Final placing, shown on the public results once the last stage is published.', position: 'sidebar' },
      options: PLACINGS.map((placing) => ({ ...placing })),
    },
    // The registration's audit trail, newest first (committee only; stores nothing).
    {
      name: 'history',
      type: 'ui',
      admin: { components: { Field: '/components/admin/RegistrationTimeline#RegistrationTimeline' }, position: 'sidebar' },
    },
    // Guards enforced by unique indexes; see hooks/registrations/claimPlace.ts.
    { name: 'codeNumber', type: 'number', ...systemField, admin: { hidden: true }, index: true },
    {
      name: 'placeKey',
      type: 'text',
      ...systemField,
      access: { ...systemField.access, read: committeeWrites },
      admin: { hidden: true },
      unique: true,
    },
    {
      name: 'teamKey',
      type: 'text',
      ...systemField,
      access: { ...systemField.access, read: committeeWrites },
      admin: { hidden: true },
      unique: true,
    },
    {
      name: 'institutionKey',
      type: 'text',
      ...systemField,
      access: { ...systemField.access, read: committeeWrites },
      admin: { hidden: true },
      index: true,
    },
    // Declared (Payload would add it) so that only the server sets it: the waitlist's order and
    // the places are decided by it (hooks/registrations/shared.ts), and a team sending its own
    // createdAt could otherwise jump the waitlist. The seed backdates with overrideAccess.
    { name: 'createdAt', type: 'date', ...systemField, admin: { disableBulkEdit: true, hidden: true }, index: true },
  ],
  hooks: {
    // Recorded first, so a rejection's event comes before the promotion it sets off.
    afterChange: [
      recordRegistrationChanges,
      promoteFromWaitlist,
      queueRegistrationEmails,
      inviteMembers,
      forgetCompetitionStatsAfterChange(competitionField),
      syncTickets,
      refreshPublicRegistrationsAfterChange,
    ],
    afterDelete: [recordRegistrationDeletion, forgetCompetitionStatsAfterDelete(competitionField), refreshPublicRegistrationsAfterDelete],
    beforeChange: [enforceRegistrationRules, claimPlace, governChanges, bindMembers],
    // After the request guards (body shape, size; collections/withRequestGuards.ts), before access.
    beforeOperation: [answerWritesUnpopulated, refuseWhenFull],
    beforeDelete: [deleteInvitations, deleteTickets],
  },
  indexes: [
    // Counting a competition's teams per status and summing their fees (the committee's overview,
    // src/db/competitionCounts.ts) reads this index alone, not 20,000 rows; it also serves every
    // lookup by competition and status (places held, the waitlist).
    { fields: ['competition', 'status', 'feeDue'] },
    // Registrations per day of the last 30 days: a range of this index, not the competition's every row.
    { fields: ['competition', 'createdAt'] },
    // A competition's teams from one institution: the overview's count of submissions a judge may
    // not score (their own institution's), and the committee's "by institution" filter.
    { fields: ['competition', 'institutionKey'] },
    // The committee's lists (`where[status]…&sort=createdAt&limit=50`): read in order and stopped
    // after the page, instead of every registration in that status sorted first — with each row's
    // members and progress assembled before the sort, that was 4,000 rows for 50 at 20,000.
    { fields: ['status', 'createdAt'] },
    // Codes are unique within a competition (two competitions may share a prefix).
    { fields: ['competition', 'code'], unique: true },
  ],
  timestamps: true,
}
