import type { CollectionBeforeChangeHook } from 'payload'

import type { Score } from '../../src/payload-types'

import { loadCompetition } from '../../src/db/loadCompetition'
import { judgingClosedError, weightedTotal } from '../../src/domain/judging'
import { institutionKey } from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'
import { invalidField, refuse } from '../../src/shared/refusals'

/**
 * A judge scores submissions of competitions they judge, once each (then updates), never a
 * team they are in conflict with, in assigning stages only what is assigned to them, with every
 * rubric criterion within its range, and not after the stage's judging deadline or once its
 * results are published. The total is computed here, never taken from the body.
 */
export const enforceScoringRules: CollectionBeforeChangeHook<Score> = async ({ data, operation, originalDoc, req }) => {
  const submissionId = idOf(operation === 'create' ? data.submission : originalDoc?.submission)
  const submission = submissionId
    ? await req.payload.findByID({ collection: 'submissions', depth: 0, disableErrors: true, id: submissionId, overrideAccess: true, req })
    : null
  if (!submission) throw invalidField(req, 'submission', 'This submission does not exist.')
  const judgeId = operation === 'create' ? String(req.user?.id) : (idOf(originalDoc?.judge) as string)
  const competitionId = idOf(submission.competition) as string
  const competition = await loadCompetition(req, competitionId)
  if (!(competition.judges ?? []).some((judge) => idOf(judge) === judgeId)) {
    throw refuse(403, `You are not a judge of ${competition.title}.`)
  }

  const registrationId = idOf(submission.registration) as string
  const [registration, judge, declared] = await Promise.all([
    req.payload.findByID({ collection: 'registrations', depth: 0, id: registrationId, overrideAccess: true, req }),
    req.payload.findByID({ collection: 'users', depth: 0, id: judgeId, overrideAccess: true, req }),
    req.payload.count({
      collection: 'conflicts',
      overrideAccess: true,
      req,
      where: { and: [{ judge: { equals: judgeId } }, { registration: { equals: registrationId } }] },
    }),
  ])
  const sameInstitution = Boolean(judge.institution?.trim()) && institutionKey(judge.institution as string) === registration.institutionKey
  if (declared.totalDocs > 0 || sameInstitution) {
    throw refuse(
      403,
      sameInstitution
        ? 'You are from the same institution as this team, so you cannot score it.'
        : 'You declared a conflict of interest with this team.',
    )
  }

  const stage = competition.stages?.find((candidate) => candidate.key === submission.stage)
  if (!stage) throw invalidField(req, 'submission', 'The stage of this submission no longer exists.')
  if (stage.resultsPublished) throw refuse(409, `The results of "${stage.name}" are published; its scores are locked.`)
  const closed = judgingClosedError(stage.name, stage.judgingClosesAt, new Date())
  if (closed) throw refuse(409, closed)
  if (stage.judgesPerSubmission) {
    const assigned = await req.payload.count({
      collection: 'assignments',
      overrideAccess: true,
      req,
      where: { key: { equals: `${submissionId}:${judgeId}` } },
    })
    if (assigned.totalDocs === 0) throw refuse(403, 'This submission is not assigned to you.')
  }

  const criteria = (data.criteria ?? originalDoc?.criteria ?? []).map(({ criterion, score }) => ({ criterion, score: Number(score) }))
  const result = weightedTotal(
    (stage.rubric ?? []).map(({ criterion, maxScore, weight }) => ({ criterion, maxScore, weight })),
    criteria,
  )
  if (result.total === undefined) throw invalidField(req, 'criteria', result.errors.join(' '))

  if (operation === 'create') {
    const key = `${submissionId}:${judgeId}`
    const existing = await req.payload.count({ collection: 'scores', overrideAccess: true, req, where: { key: { equals: key } } })
    if (existing.totalDocs > 0) throw refuse(409, 'You already scored this submission; update your score instead.')
    data.key = key
    data.judge = judgeId
    data.submission = submissionId
  }
  data.total = result.total
  data.competition = competitionId
  data.registration = registrationId
  data.stage = submission.stage
  return data
}
