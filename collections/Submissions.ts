import type { CollectionConfig } from 'payload'

import { adminsOnly, participantsOnly } from '../access'
import { serverOnly, systemField } from '../access/fields'
import { submissionReadAccess, submissionVersionsAccess, submissionWriteAccess } from '../access/judging'
import {
  competitionField,
  forgetCompetitionStatsAfterChange,
  forgetCompetitionStatsAfterDelete,
} from '../hooks/shared/forgetCompetitionStats'
import { assignLateSubmission } from '../hooks/submissions/assignLateSubmission'
import { enforceSubmissionRules } from '../hooks/submissions/enforceSubmissionRules'
import { markTeamSubmitted, unmarkTeamSubmitted } from '../hooks/submissions/markTeamSubmitted'
import { queueSubmissionReceipt } from '../hooks/submissions/queueSubmissionReceipt'
import { recordSubmissionDeletion } from '../hooks/submissions/recordSubmissionDeletion'

/**
 * A team's current work for one stage. Resubmitting (PATCH) before the deadline replaces it;
 * every earlier submission stays in the version history with its time.
 */
export const Submissions: CollectionConfig<'submissions'> = {
  slug: 'submissions',
  access: {
    create: participantsOnly,
    delete: adminsOnly,
    read: submissionReadAccess,
    readVersions: submissionVersionsAccess,
    update: submissionWriteAccess,
  },
  admin: {
    defaultColumns: ['registration', 'stage', 'submittedAt', 'late', 'competition'],
    group: 'Judging',
  },
  defaultSort: '-submittedAt',
  // Participants write these: a staff member's open editor must never answer their save with 423.
  lockDocuments: false,
  fields: [
    {
      name: 'registration',
      type: 'relationship',
      access: { update: serverOnly },
      index: true,
      relationTo: 'registrations',
      required: true,
    },
    { name: 'stage', type: 'text', access: { update: serverOnly }, admin: { description: 'The stage key.' }, index: true, required: true },
    { name: 'file', type: 'upload', relationTo: 'attachments' },
    { name: 'link', type: 'text', maxLength: 2000 },
    { name: 'text', type: 'textarea', maxLength: 20000 },
    { name: 'notes', type: 'textarea', maxLength: 2000 },
    { name: 'submittedBy', type: 'relationship', ...systemField, relationTo: 'users' },
    { name: 'submittedAt', type: 'date', ...systemField, admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true } },
    { name: 'late', type: 'checkbox', ...systemField, defaultValue: false },
    { name: 'competition', type: 'relationship', ...systemField, index: true, relationTo: 'competitions' },
    // One submission per registration per stage, held by a unique index.
    { name: 'key', type: 'text', ...systemField, admin: { hidden: true }, unique: true },
  ],
  hooks: {
    afterChange: [queueSubmissionReceipt, markTeamSubmitted, assignLateSubmission, forgetCompetitionStatsAfterChange(competitionField)],
    afterDelete: [unmarkTeamSubmitted, recordSubmissionDeletion, forgetCompetitionStatsAfterDelete(competitionField)],
    beforeChange: [enforceSubmissionRules],
  },
  // Submissions per stage (the committee's overview, src/db/competitionCounts.ts) read this index
  // alone; with `registration` in it, so does the join to the teams of a judge's institution.
  indexes: [{ fields: ['competition', 'stage', 'registration'] }],
  versions: { drafts: false, maxPerDoc: 100 },
}
