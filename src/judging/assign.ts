import type { PayloadRequest, Where } from 'payload'

import type { Competition } from '../payload-types'

import { findAllAsServer } from '../db/findAllAsServer'
import { lockCompetition } from '../db/lockCompetition'
import { asServerWrite } from '../db/serverWrite'
import { assignJudges, type AssignmentPlan, disjointJudgePairs } from '../domain/assignment'
import { idOf } from '../shared/idOf'
import { conflictedJudgesByTeam } from './conflicts'

type Stage = NonNullable<Competition['stages']>[number]

export type StageAssignment = {
  added: number
  /** Judge pairs sharing no submission (0 is best; some are unavoidable with few submissions). */
  disjointJudgePairs: number
  perJudge: { assigned: number; judge: string }[]
  shortfalls: AssignmentPlan['shortfalls']
  total: number
}

/**
 * Gives the stage's submissions (all, or only `onlySubmissions`) their judges from the
 * competition's panel, keeping every existing assignment, and stores the new ones as the
 * server. Runs inside the caller's transaction with the competition locked, so two committee
 * members pressing "assign" at once (or a late submission arriving meanwhile) cannot hand one
 * submission the same judge twice or overfill it; the unique `key` holds that too.
 */
export const assignStage = async (
  req: PayloadRequest,
  competition: Competition,
  stage: Stage,
  onlySubmissions?: string[],
): Promise<StageAssignment> => {
  const perSubmission = stage.judgesPerSubmission ?? 0
  const panel = (competition.judges ?? []).map((judge) => String(idOf(judge)))
  await lockCompetition(req, competition.id)
  const stageWhere: Where = { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] }
  const [submissions, existing] = await Promise.all([
    findAllAsServer(req, 'submissions', {
      select: { registration: true },
      where: onlySubmissions ? { and: [stageWhere, { id: { in: onlySubmissions } }] } : stageWhere,
    }),
    findAllAsServer(req, 'assignments', { select: { judge: true, submission: true }, where: stageWhere }),
  ])
  const teams = await findAllAsServer(req, 'registrations', {
    select: { institutionKey: true, teamName: true },
    where: { id: { in: submissions.map((submission) => String(idOf(submission.registration))) } },
  })
  const teamOf = new Map(teams.map((team) => [String(team.id), team]))
  const conflicts = await conflictedJudgesByTeam(
    req,
    panel,
    teams.map((team) => ({ id: String(team.id), institutionKey: team.institutionKey })),
  )
  const plan = assignJudges({
    existing: existing.map((assignment) => ({ judge: String(idOf(assignment.judge)), submission: String(idOf(assignment.submission)) })),
    judges: panel,
    perSubmission,
    submissions: submissions.map((submission) => {
      const team = String(idOf(submission.registration))
      return { conflicts: [...(conflicts.get(team) ?? [])], id: String(submission.id), label: teamOf.get(team)?.teamName ?? team }
    }),
  })
  const registrationOf = new Map(submissions.map((submission) => [String(submission.id), String(idOf(submission.registration))]))
  for (const { judge, submission } of plan.added) {
    await asServerWrite(req, () =>
      req.payload.create({
        collection: 'assignments',
        data: { competition: competition.id, judge, registration: registrationOf.get(submission), stage: stage.key, submission },
        overrideAccess: true,
        req,
      }),
    )
  }
  const all = existing.length + plan.added.length
  const everyAssignment = [
    ...existing.map((assignment) => ({ judge: String(idOf(assignment.judge)), submission: String(idOf(assignment.submission)) })),
    ...plan.added,
  ]
  return {
    added: plan.added.length,
    disjointJudgePairs: disjointJudgePairs(panel, everyAssignment).length,
    perJudge: panel.map((judge) => ({ assigned: everyAssignment.filter((assignment) => assignment.judge === judge).length, judge })),
    shortfalls: plan.shortfalls,
    total: all,
  }
}
