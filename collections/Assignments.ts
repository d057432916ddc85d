import type { Access, CollectionConfig } from 'payload'

import { committeeOnly, isCommittee, isJudge } from '../access'
import { serverOnly, systemField } from '../access/fields'
import { enforceAssignmentRules } from '../hooks/assignments/enforceAssignmentRules'
import {
  competitionField,
  forgetCompetitionStatsAfterChange,
  forgetCompetitionStatsAfterDelete,
} from '../hooks/shared/forgetCompetitionStats'

/** The committee reads and changes every assignment; a judge reads their own; nobody else any. */
const committeeOrAssignedJudge: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user || !isJudge(user)) return false
  return { judge: { equals: user.id } }
}

/**
 * Which judge scores which submission, in stages that give each submission to a few judges
 * (`judgesPerSubmission`). Made by "assign" (POST /api/competitions/:id/stages/:key/assign),
 * for late submissions as they arrive, and by hand by the committee (move one to another
 * judge); a judge's conflict declaration hands theirs to someone else.
 */
export const Assignments: CollectionConfig<'assignments'> = {
  slug: 'assignments',
  access: { create: committeeOnly, delete: committeeOnly, read: committeeOrAssignedJudge, update: committeeOnly },
  admin: {
    defaultColumns: ['submission', 'judge', 'stage', 'competition'],
    group: 'Judging',
    hidden: ({ user }) => !isCommittee(user),
  },
  fields: [
    { name: 'submission', type: 'relationship', access: { update: serverOnly }, index: true, relationTo: 'submissions', required: true },
    { name: 'judge', type: 'relationship', filterOptions: { role: { equals: 'judge' } }, index: true, relationTo: 'users', required: true },
    { name: 'competition', type: 'relationship', ...systemField, index: true, relationTo: 'competitions' },
    { name: 'registration', type: 'relationship', ...systemField, index: true, relationTo: 'registrations' },
    { name: 'stage', type: 'text', ...systemField, index: true },
    // One assignment per judge and submission, held by a unique index.
    { name: 'key', type: 'text', ...systemField, admin: { hidden: true }, unique: true },
  ],
  hooks: {
    // The overview's "scores expected" of an assigning stage counts assignments.
    afterChange: [forgetCompetitionStatsAfterChange(competitionField)],
    afterDelete: [forgetCompetitionStatsAfterDelete(competitionField)],
    beforeChange: [enforceAssignmentRules],
  },
  timestamps: true,
}
