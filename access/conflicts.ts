import type { PayloadRequest, Where } from 'payload'

import { findAllAsServer } from '../src/db/findAllAsServer'
import { institutionKey } from '../src/domain/registration'
import { idOf } from '../src/shared/idOf'

/** Where a document names its team: submissions and scores through `registration`, a registration itself directly. */
export type TeamPaths = { institutionKey: string; registration: string }

export const THROUGH_REGISTRATION: TeamPaths = { institutionKey: 'registration.institutionKey', registration: 'registration' }
export const ON_REGISTRATION: TeamPaths = { institutionKey: 'institutionKey', registration: 'id' }

/**
 * Clauses that leave out the teams the logged-in judge is in conflict with: declared (the
 * `conflicts` collection) or automatic (the team's institution is the judge's own). Every
 * judge-facing rule (registrations, submissions, files, scores) uses this one function, so a
 * conflicted judge sees none of a team's data.
 */
export const notConflictedWhere = async (req: PayloadRequest, paths: TeamPaths): Promise<Where[]> => {
  const user = req.user as { id: string; institution?: null | string }
  const docs = await findAllAsServer(req, 'conflicts', { select: { registration: true }, where: { judge: { equals: user.id } } })
  const conflicted = docs.map((doc) => idOf(doc.registration)).filter((id): id is string => Boolean(id))
  const clauses: Where[] = []
  if (conflicted.length > 0) clauses.push({ [paths.registration]: { not_in: conflicted } })
  if (user.institution?.trim()) clauses.push({ [paths.institutionKey]: { not_equals: institutionKey(user.institution) } })
  return clauses
}
