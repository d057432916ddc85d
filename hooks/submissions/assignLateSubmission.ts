import type { CollectionAfterChangeHook } from 'payload'

import type { Submission } from '../../src/payload-types'

import { loadCompetition } from '../../src/db/loadCompetition'
import { assignStage } from '../../src/judging/assign'
import { idOf } from '../../src/shared/idOf'

/**
 * A submission that arrives after the committee assigned the stage's judges gets its own at
 * once, balanced against everyone's load, so nobody has to remember to press "assign" again.
 * Before the first assignment the stage is left alone: the committee decides when to assign.
 */
export const assignLateSubmission: CollectionAfterChangeHook<Submission> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const competition = await loadCompetition(req, idOf(doc.competition) as string)
  const stage = competition.stages?.find((candidate) => candidate.key === doc.stage)
  if (!stage?.judgesPerSubmission) return doc
  const started = await req.payload.count({
    collection: 'assignments',
    overrideAccess: true,
    req,
    where: { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] },
  })
  if (started.totalDocs > 0) await assignStage(req, competition, stage, [String(doc.id)])
  return doc
}
