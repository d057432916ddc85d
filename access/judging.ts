import type { Access, PayloadRequest, Where } from 'payload'

import { institutionKey } from '../src/domain/registration'
import { isCommittee, isJudge } from './roles'

/**
 * What a judge may see of a competition's work: submissions of competitions they judge, minus
 * teams they are in conflict with, declared (the `conflicts` collection) or automatic (the
 * team's institution is the judge's own).
 */
export const judgeSubmissionsWhere = async (req: PayloadRequest): Promise<Where> => {
  const user = req.user as { id: string; institution?: null | string }
  const { docs } = await req.payload.find({
    collection: 'conflicts',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { registration: true },
    where: { judge: { equals: user.id } },
  })
  const conflicted = docs.map((doc) => String(typeof doc.registration === 'object' ? doc.registration?.id : doc.registration))
  const clauses: Where[] = [{ 'competition.judges': { in: [user.id] } }]
  if (conflicted.length > 0) clauses.push({ registration: { not_in: conflicted } })
  if (user.institution?.trim()) clauses.push({ 'registration.institutionKey': { not_equals: institutionKey(user.institution) } })
  return { and: clauses }
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

/** Judges read and change only their own scores; the committee reads all. */
export const ownScores: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user || !isJudge(user)) return false
  const own: Where = { judge: { equals: user.id } }
  return own
}

export const judgesOnly: Access = ({ req: { user } }) => isJudge(user)
export const participantsOnly: Access = ({ req: { user } }) => user?.role === 'participant'
