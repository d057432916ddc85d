import type { Score } from '../../src/payload-types'

import { recordChanges, recordDeletion } from '../../src/audit/auditHooks'
import { idOf } from '../../src/shared/idOf'

/** A score as the audit trail shows it: its total and each criterion, and what it scores. */
const snapshot = (doc: Score) => ({
  criteria: (doc.criteria ?? []).map((row) => ({ criterion: row.criterion, score: row.score })),
  judge: idOf(doc.judge) ?? null,
  registration: idOf(doc.registration) ?? null,
  stage: doc.stage ?? null,
  submission: idOf(doc.submission) ?? null,
  total: doc.total ?? null,
})

const SCORED = ['submission', 'registration', 'stage', 'judge'] as const

/** Scores given, changed (total and criteria, beside what they score) and deleted. */
export const recordScoreChanges = recordChanges<Score>({
  aspects: [{ action: 'score-changed', fields: ['total', 'criteria'], with: SCORED }],
  collection: 'scores',
  created: { action: 'score-created', fields: ['total', 'criteria', ...SCORED] },
  snapshot,
})

export const recordScoreDeletion = recordDeletion<Score>({ action: 'score-deleted', collection: 'scores', snapshot })
