import type { Access, FieldAccess, Where } from 'payload'

import type { Registration } from '../src/payload-types'

import { idOf } from '../src/shared/idOf'
import { notConflictedWhere, ON_REGISTRATION } from './conflicts'
import { oncePerOperation } from './oncePerOperation'
import { isCommittee, isJudge } from './roles'
import { onTeamWhere } from './teams'

/**
 * Participants see the registrations they lead or joined (by accepting an invitation: the member
 * row is bound to their account, never matched by email); judges see verified teams of the
 * competitions they judge, except teams they are in conflict with (declared, or their own
 * institution); committee and admins see everything; anonymous users nothing. All as a `Where`,
 * so every list, count, GraphQL query and `where` a client sends is filtered by the database.
 * Looked up once per operation (access/oncePerOperation.ts), not again for each path Payload checks.
 */
export const registrationReadAccess: Access = oncePerOperation('registrations.read', async ({ req }) => {
  const { user } = req
  if (isCommittee(user)) return true
  if (!user) return false
  if (isJudge(user)) {
    const verified: Where = { status: { equals: 'verified' } }
    const judgedByThem: Where = { 'competition.judges': { in: [user.id] } }
    const judgesView: Where = { and: [verified, judgedByThem, ...(await notConflictedWhere(req, ON_REGISTRATION))] }
    return judgesView
  }
  return onTeamWhere(req, user.id)
})

/** Leaders change their own team's registration (hooks decide what and when); members only read it; the committee any. */
export const registrationUpdateAccess: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user || isJudge(user)) return false
  return { leader: { equals: user.id } } satisfies Where
}

/** Only participants register teams (verified email checked by the hooks, with its own message). */
export const registrationCreateAccess: Access = ({ req: { user } }) => user?.role === 'participant'

/**
 * Documents the leader uploaded (every member's student card, the payment proof): the leader
 * and the committee see them; members who joined see the team, not each other's cards.
 */
export const leaderOrCommittee: FieldAccess<Registration> = ({ doc, req: { user } }) =>
  isCommittee(user) || (Boolean(user) && !isJudge(user) && idOf(doc?.leader) === String(user?.id))
