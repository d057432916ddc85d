import type { PayloadRequest, Where } from 'payload'

import type { Competition } from '../payload-types'

import { findAllAsServer } from '../db/findAllAsServer'
import { idOf } from '../shared/idOf'
import { conflictedJudgesByTeam } from './conflicts'

type Stage = NonNullable<Competition['stages']>[number]

/**
 * Judging progress of a stage: for each judge and each submission, scores given against
 * scores expected (their assignments, or in whole-panel stages every judge not in conflict).
 * The committee's REST endpoint and /admin/judging both show this.
 */
export const stageProgress = async (req: PayloadRequest, competition: Competition, stage: Stage) => {
  const stageWhere: Where = { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] }
  const panel = (competition.judges ?? []).map((judge) => String(idOf(judge)))
  const [submissions, scores, assignments, judges] = await Promise.all([
    findAllAsServer(req, 'submissions', { select: { registration: true }, where: stageWhere }),
    findAllAsServer(req, 'scores', { select: { judge: true, submission: true }, where: stageWhere }),
    findAllAsServer(req, 'assignments', { select: { judge: true, submission: true }, where: stageWhere }),
    findAllAsServer(req, 'users', { select: { name: true }, where: { id: { in: panel } } }),
  ])
  const teams = await findAllAsServer(req, 'registrations', {
    select: { code: true, institutionKey: true, teamName: true },
    where: { id: { in: submissions.map((submission) => String(idOf(submission.registration))) } },
  })
  const teamOf = new Map(teams.map((team) => [String(team.id), team]))
  // Who is expected to score what: the assignments, or the whole panel minus conflicts.
  let expected: { judge: string; submission: string }[]
  if (stage.judgesPerSubmission) {
    expected = assignments.map((assignment) => ({
      judge: String(idOf(assignment.judge)),
      submission: String(idOf(assignment.submission)),
    }))
  } else {
    const conflicts = await conflictedJudgesByTeam(
      req,
      panel,
      teams.map((team) => ({ id: String(team.id), institutionKey: team.institutionKey })),
    )
    expected = submissions.flatMap((submission) =>
      panel
        .filter((judge) => !conflicts.get(String(idOf(submission.registration)))?.has(judge))
        .map((judge) => ({ judge, submission: String(submission.id) })),
    )
  }
  const scored = new Set(scores.map((score) => `${idOf(score.submission)}:${idOf(score.judge)}`))
  const isScored = (pair: { judge: string; submission: string }) => scored.has(`${pair.submission}:${pair.judge}`)
  const nameOf = new Map(judges.map((judge) => [String(judge.id), judge.name]))
  return {
    judges: panel.map((judge) => {
      const own = expected.filter((pair) => pair.judge === judge)
      return { assigned: own.length, judge, name: nameOf.get(judge) ?? '', scored: own.filter(isScored).length }
    }),
    mode: stage.judgesPerSubmission ? 'assigned' : 'whole-panel',
    stage: stage.key,
    submissions: submissions.map((submission) => {
      const own = expected.filter((pair) => pair.submission === String(submission.id))
      const team = teamOf.get(String(idOf(submission.registration)))
      return {
        assigned: own.length,
        code: team?.code ?? '',
        judges: own.map((pair) => ({ judge: pair.judge, scored: isScored(pair) })),
        scored: own.filter(isScored).length,
        submission: String(submission.id),
        teamName: team?.teamName ?? '',
      }
    }),
  }
}
