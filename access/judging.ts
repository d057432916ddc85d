import type { Access, PayloadRequest, Where } from 'payload'

import { findAllAsServer } from '../src/db/findAllAsServer'
import { idOf } from '../src/shared/idOf'
import { notConflictedWhere, THROUGH_REGISTRATION } from './conflicts'
import { isCommittee, isJudge } from './roles'
import { teamRegistrationIds } from './teams'

/**
 * What a judge may see of a competition's work: submissions of competitions they judge, minus
 * conflicted teams; and in stages that give each submission to a few judges
 * (`judgesPerSubmission`), only the submissions assigned to them. A clause on submissions.
 */
export const judgeSubmissionsWhere = async (req: PayloadRequest): Promise<Where> => {
  const user = req.user as { id: string }
  const panel: Where[] = [{ 'competition.judges': { in: [user.id] } }, ...(await notConflictedWhere(req, THROUGH_REGISTRATION))]
  const judged = await findAllAsServer(req, 'competitions', { select: { stages: true }, where: { judges: { in: [user.id] } } })
  // Each assigning stage is left out of the whole-panel rule...
  const outsideAssigningStages: Where[] = judged.flatMap((competition) =>
    (competition.stages ?? [])
      .filter((stage) => stage.judgesPerSubmission)
      .map((stage): Where => ({ or: [{ competition: { not_equals: competition.id } }, { stage: { not_equals: stage.key } }] })),
  )
  if (outsideAssigningStages.length === 0) return { and: panel }
  // ...and seen only through the judge's own assignments.
  const assigned = await findAllAsServer(req, 'assignments', { select: { submission: true }, where: { judge: { equals: user.id } } })
  const submissions = assigned.map((assignment) => String(idOf(assignment.submission)))
  const visible: Where[] = [{ and: outsideAssigningStages }, ...(submissions.length > 0 ? [{ id: { in: submissions } }] : [])]
  return { and: [...panel, { or: visible }] }
}

/**
 * The team's submissions, as a clause on `registration` (or `version.registration`): the teams
 * this account leads or joined by accepting an invitation (access/teams.ts), looked up when
 * asked, so a member who joins or is unbound sees the change on their next request.
 */
const ownTeamsWhere = async (req: PayloadRequest, path: 'registration' | 'version.registration'): Promise<false | Where> => {
  const teams = await teamRegistrationIds(req, (req.user as { id: string }).id)
  return teams.length > 0 ? { [path]: { in: teams } } : false
}

/** Team members read their team's submissions; judges as above; committee all. */
export const submissionReadAccess: Access = async ({ req }) => {
  const { user } = req
  if (isCommittee(user)) return true
  if (!user) return false
  if (isJudge(user)) return judgeSubmissionsWhere(req)
  return ownTeamsWhere(req, 'registration')
}

/** Version history (earlier submissions) is for the team and the committee. */
export const submissionVersionsAccess: Access = async ({ req }) => {
  if (isCommittee(req.user)) return true
  if (!req.user || isJudge(req.user)) return false
  return ownTeamsWhere(req, 'version.registration')
}

/** Team members replace their team's work (the hooks decide when); the committee any. */
export const submissionWriteAccess: Access = async ({ req }) => {
  if (isCommittee(req.user)) return true
  if (!req.user || isJudge(req.user)) return false
  return ownTeamsWhere(req, 'registration')
}

/** Judges change only their own scores; the committee changes any. */
export const ownScores: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user || !isJudge(user)) return false
  const own: Where = { judge: { equals: user.id } }
  return own
}

/**
 * Judges read their own scores; once a stage's results are published, also the other judges'
 * scores of that stage in the competitions they judge (not of teams they are in conflict with),
 * so a panel can compare notes after the announcement but not sway each other before it.
 */
export const scoreReadAccess: Access = async ({ req }) => {
  const { user } = req
  if (isCommittee(user)) return true
  if (!user || !isJudge(user)) return false
  const own: Where = { judge: { equals: user.id } }
  const judged = await findAllAsServer(req, 'competitions', { select: { stages: true }, where: { judges: { in: [user.id] } } })
  const publishedStages: Where[] = judged.flatMap((competition) =>
    (competition.stages ?? [])
      .filter((stage) => stage.resultsPublished)
      .map((stage): Where => ({ competition: { equals: competition.id }, stage: { equals: stage.key } })),
  )
  if (publishedStages.length === 0) return own
  return { or: [own, { and: [{ or: publishedStages }, ...(await notConflictedWhere(req, THROUGH_REGISTRATION))] }] }
}

export const judgesOnly: Access = ({ req: { user } }) => isJudge(user)
