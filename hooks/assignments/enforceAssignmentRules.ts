import type { CollectionBeforeChangeHook } from 'payload'

import type { Assignment } from '../../src/payload-types'

import { findByIdAsServer } from '../../src/db/findAllAsServer'
import { loadCompetition } from '../../src/db/loadCompetition'
import { isServerWrite } from '../../src/db/serverWrite'
import { conflictedJudgesByTeam } from '../../src/judging/conflicts'
import { idOf } from '../../src/shared/idOf'
import { invalidField, refuse } from '../../src/shared/refusals'

/**
 * An assignment made or moved by hand follows the rules "assign" follows: a submission of a
 * stage that assigns judges, a judge of the competition's panel, never one in conflict with
 * the team, once per judge and submission; and a judge who already scored it keeps it.
 * The server's own assignments (src/judging/assign.ts) were planned under those rules.
 */
export const enforceAssignmentRules: CollectionBeforeChangeHook<Assignment> = async ({ data, operation, originalDoc, req }) => {
  const submissionId = idOf(operation === 'create' ? data.submission : originalDoc?.submission)
  const judgeId = idOf(data.judge ?? originalDoc?.judge)
  if (!judgeId) throw invalidField(req, 'judge', 'Choose a judge.')
  if (isServerWrite(req.context)) {
    data.key = `${submissionId}:${judgeId}`
    return data
  }
  const submission = submissionId ? await findByIdAsServer(req, 'submissions', submissionId) : null
  if (!submission) throw invalidField(req, 'submission', 'This submission does not exist.')
  const competition = await loadCompetition(req, idOf(submission.competition) as string)
  const stage = competition.stages?.find((candidate) => candidate.key === submission.stage)
  if (!stage?.judgesPerSubmission) {
    throw invalidField(req, 'submission', `Every judge scores every submission of this stage; set "Judges per submission" on it first.`)
  }
  if (!(competition.judges ?? []).some((judge) => idOf(judge) === judgeId)) {
    throw invalidField(req, 'judge', `This judge is not on the panel of ${competition.title}.`)
  }
  const registrationId = idOf(submission.registration) as string
  const team = await findByIdAsServer(req, 'registrations', registrationId)
  const conflicts = await conflictedJudgesByTeam(req, [judgeId], [{ id: registrationId, institutionKey: team?.institutionKey }])
  if (conflicts.get(registrationId)?.has(judgeId)) {
    throw invalidField(req, 'judge', `This judge is in conflict with ${team?.teamName ?? 'the team'} (declared, or the same institution).`)
  }
  const key = `${submissionId}:${judgeId}`
  if (operation === 'update' && originalDoc && idOf(originalDoc.judge) !== judgeId) {
    const scored = await req.payload.count({
      collection: 'scores',
      overrideAccess: true,
      req,
      where: { key: { equals: `${submissionId}:${idOf(originalDoc.judge)}` } },
    })
    if (scored.totalDocs > 0) throw refuse(409, 'The judge it is assigned to has already scored this submission; it stays with them.')
  }
  if (key !== originalDoc?.key) {
    const taken = await req.payload.count({ collection: 'assignments', overrideAccess: true, req, where: { key: { equals: key } } })
    if (taken.totalDocs > 0) throw refuse(409, 'This judge is already assigned to this submission.')
  }
  data.key = key
  data.judge = judgeId
  if (operation === 'create') {
    data.submission = submissionId
    data.competition = competition.id
    data.registration = registrationId
    data.stage = submission.stage
  }
  return data
}
