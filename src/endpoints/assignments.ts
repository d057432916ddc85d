import type { Endpoint, Where } from 'payload'

import { requireCommittee } from '../../access/endpoints'
import { findAllAsServer } from '../db/findAllAsServer'
import { inTransaction } from '../db/inTransaction'
import { assignStage } from '../judging/assign'
import { conflictedJudgesByTeam } from '../judging/conflicts'
import { idOf } from '../shared/idOf'
import { refuse } from '../shared/refusals'
import { stageOf } from './judging'

const ONLY_COMMITTEE = 'Only the committee assigns judges and follows judging progress.'
const guard = { anonymous: ONLY_COMMITTEE, other: ONLY_COMMITTEE }

/**
 * Gives every submission of the stage that has fewer than `judgesPerSubmission` judges its
 * judges (the first press assigns all, later presses only what is new), keeping every existing
 * assignment. Answers what it did, each judge's load, and, by team name, the submissions it
 * could not cover because too few judges are free of conflict with them.
 */
export const assignJudgesEndpoint: Endpoint = {
  handler: async (req) => {
    requireCommittee(req, guard)
    const { competition, stage } = await stageOf(req)
    if (!stage.judgesPerSubmission) {
      throw refuse(400, `Set "Judges per submission" on the stage "${stage.name}" first; without it every judge scores every submission.`)
    }
    if ((competition.judges ?? []).length === 0) throw refuse(400, `${competition.title} has no judges yet; add them to its panel first.`)
    const result = await inTransaction(req, () => assignStage(req, competition, stage))
    const message =
      result.shortfalls.length === 0
        ? `Every submission of "${stage.name}" has ${stage.judgesPerSubmission} judges (${result.added} new assignments).`
        : `Too few judges free of conflict for ${result.shortfalls.length} team(s): ${result.shortfalls
            .map((shortfall) => `${shortfall.label} (${shortfall.available} of ${shortfall.needed})`)
            .join(', ')}. Add judges to the panel or assign by hand.`
    return Response.json({ ...result, message, stage: stage.key })
  },
  method: 'post',
  path: '/:id/stages/:key/assign',
}

/**
 * Judging progress of a stage: for each judge and each submission, scores given against
 * scores expected (their assignments, or in whole-panel stages every judge not in conflict).
 */
export const judgingProgressEndpoint: Endpoint = {
  handler: async (req) => {
    requireCommittee(req, guard)
    const { competition, stage } = await stageOf(req)
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
    return Response.json({
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
    })
  },
  method: 'get',
  path: '/:id/stages/:key/progress',
}
