import type { Submission } from '../../src/payload-types'

import { recordDeletion } from '../../src/audit/auditHooks'
import { idOf } from '../../src/shared/idOf'

/** A deleted submission: whose, for which stage, when it came in and its file or link. */
export const recordSubmissionDeletion = recordDeletion<Submission>({
  action: 'submission-deleted',
  collection: 'submissions',
  snapshot: (doc) => ({
    competition: idOf(doc.competition) ?? null,
    file: idOf(doc.file) ?? null,
    late: doc.late ?? false,
    link: doc.link ?? null,
    registration: idOf(doc.registration) ?? null,
    stage: doc.stage,
    submittedAt: doc.submittedAt ?? null,
    submittedBy: idOf(doc.submittedBy) ?? null,
  }),
})
