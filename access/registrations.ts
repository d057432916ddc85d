import type { Access, FieldAccess, Where } from 'payload'

import { notConflictedWhere, ON_REGISTRATION } from './conflicts'
import { isCommittee, isJudge } from './roles'

/**
 * Participants see the registrations they lead; judges see verified teams of the competitions
 * they judge, except teams they are in conflict with (declared, or their own institution);
 * committee and admins see everything; anonymous users nothing. All as a `Where`, so every list,
 * count, GraphQL query and `where` a client sends is filtered by the database.
 */
export const registrationReadAccess: Access = async ({ req }) => {
  const { user } = req
  if (isCommittee(user)) return true
  if (!user) return false
  if (isJudge(user)) {
    const verified: Where = { status: { equals: 'verified' } }
    const judgedByThem: Where = { 'competition.judges': { in: [user.id] } }
    const judgesView: Where = { and: [verified, judgedByThem, ...(await notConflictedWhere(req, ON_REGISTRATION))] }
    return judgesView
  }
  const ownTeams: Where = { leader: { equals: user.id } }
  return ownTeams
}

/** Teams change their own registration (hooks decide what and when); the committee any. */
export const registrationUpdateAccess: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user || isJudge(user)) return false
  return { leader: { equals: user.id } } satisfies Where
}

/** Only participants register teams (verified email checked by the hooks, with its own message). */
export const registrationCreateAccess: Access = ({ req: { user } }) => user?.role === 'participant'

/** Payment proofs and student cards are for the team and the committee, never for judges. */
export const notForJudges: FieldAccess = ({ req: { user } }) => !isJudge(user)

/** Fields only the committee writes (the review). */
export const committeeWrites: FieldAccess = ({ req: { user } }) => isCommittee(user)

/** Fields the server computes; a value in any body is dropped. */
export const serverOnly: FieldAccess = () => false
