import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../access'
import { serverOnly, systemField } from '../access/fields'
import { judgesOnly, ownScores, scoreReadAccess } from '../access/judging'
import { enforceScoringRules } from '../hooks/scores/enforceScoringRules'
import { recordScoreChanges, recordScoreDeletion } from '../hooks/scores/recordScoreChanges'
import {
  competitionField,
  forgetCompetitionStatsAfterChange,
  forgetCompetitionStatsAfterDelete,
} from '../hooks/shared/forgetCompetitionStats'

/** One judge's score of one submission, on the stage's weighted rubric. */
export const Scores: CollectionConfig<'scores'> = {
  slug: 'scores',
  access: {
    create: judgesOnly,
    delete: adminsOnly,
    read: scoreReadAccess,
    update: ownScores,
  },
  admin: {
    defaultColumns: ['submission', 'judge', 'total', 'stage', 'updatedAt'],
    group: 'Judging',
  },
  fields: [
    { name: 'submission', type: 'relationship', access: { update: serverOnly }, index: true, relationTo: 'submissions', required: true },
    { name: 'judge', type: 'relationship', ...systemField, index: true, relationTo: 'users' },
    {
      name: 'criteria',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'criterion', type: 'text', required: true },
            { name: 'score', type: 'number', min: 0, required: true },
          ],
        },
      ],
      required: true,
    },
    { name: 'comment', type: 'textarea', maxLength: 4000 },
    { name: 'total', type: 'number', ...systemField, admin: { description: 'Weighted, normalised to 0–100.', readOnly: true } },
    { name: 'competition', type: 'relationship', ...systemField, index: true, relationTo: 'competitions' },
    { name: 'registration', type: 'relationship', ...systemField, index: true, relationTo: 'registrations' },
    { name: 'stage', type: 'text', ...systemField, index: true },
    { name: 'key', type: 'text', ...systemField, admin: { hidden: true }, unique: true },
  ],
  hooks: {
    afterChange: [recordScoreChanges, forgetCompetitionStatsAfterChange(competitionField)],
    afterDelete: [recordScoreDeletion, forgetCompetitionStatsAfterDelete(competitionField)],
    beforeChange: [enforceScoringRules],
  },
  // Scores given per stage by the competition's judges (the committee's overview,
  // src/db/competitionCounts.ts): read from this index alone.
  indexes: [{ fields: ['competition', 'judge', 'stage'] }],
  timestamps: true,
}
