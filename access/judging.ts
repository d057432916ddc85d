import type { Access, PayloadRequest, Where } from 'payload'

import { notConflictedWhere, THROUGH_REGISTRATION } from './conflicts'
import { isCommittee, isJudge } from './roles'

/** What a judge may see of a competition's work: submissions of competitions they judge, minus conflicted teams. */
export const judgeSubmissionsWhere = async (req: PayloadRequest): Promise<Where> => {
  const user = req.user as { id: string }
  return { and: [{ 'competition.judges': { in: [user.id] } }, ...(await notConflictedWhere(req, THROUGH_REGISTRATION))] }
}

/** Team members with accounts read their team's submissions; judges as above; committee all. */
export const submissionReadAccess: Access = async ({ req }) => {
  const { user } = req
  if (isCommittee(user)) return true
  if (!user) return false
  if (isJudge(user)) return judgeSubmissionsWhere(req)
  const ownTeam: Where = { teamAccounts: { in: [user.id] } }
  return ownTeam
}

/** Version history (earlier submissions) is for the team and the committee. */
export const submissionVersionsAccess: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user || isJudge(user)) return false
  const ownTeam: Where = { 'version.teamAccounts': { in: [user.id] } }
  return ownTeam
}

export const submissionWriteAccess: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user || isJudge(user)) return false
  const ownTeam: Where = { teamAccounts: { in: [user.id] } }
  return ownTeam
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
  const { docs: judged } = await req.payload.find({
    collection: 'competitions',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { stages: true },
    where: { judges: { in: [user.id] } },
  })
  const publishedStages: Where[] = judged.flatMap((competition) =>
    (competition.stages ?? [])
      .filter((stage) => stage.resultsPublished)
      .map((stage): Where => ({ competition: { equals: competition.id }, stage: { equals: stage.key } })),
  )
  if (publishedStages.length === 0) return own
  return { or: [own, { and: [{ or: publishedStages }, ...(await notConflictedWhere(req, THROUGH_REGISTRATION))] }] }
}

export const judgesOnly: Access = ({ req: { user } }) => isJudge(user)
export const participantsOnly: Access = ({ req: { user } }) => user?.role === 'participant'
