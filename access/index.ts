import type { Access, FieldAccess, Where } from 'payload'

import { isAdmin, isCommittee } from './roles'

export * from './roles'

/**
 * Thin `Access` functions built on the role predicates. Where a rule depends on the row,
 * they return a `Where` so the database filters, instead of loading documents to check them.
 */

export const anyone: Access = () => true

export const adminsOnly: Access = ({ req: { user } }) => isAdmin(user)
export const committeeOnly: Access = ({ req: { user } }) => isCommittee(user)
export const participantsOnly: Access = ({ req: { user } }) => user?.role === 'participant'

/** Committee sees every row; anyone else only the rows whose `field` is themselves. */
export const committeeOrSelf =
  (field = 'id'): Access =>
  ({ req: { user } }) => {
    if (isCommittee(user)) return true
    if (!user) return false
    return { [field]: { equals: user.id } } satisfies Where
  }

/** Admins change every row; anyone else only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  if (!user) return false
  return { id: { equals: user.id } }
}

/** Drafts are for the committee; everyone else sees published documents only. */
export const publishedOrCommittee: Access = ({ req: { user } }) =>
  isCommittee(user) || ({ _status: { equals: 'published' } } satisfies Where)

export const adminFieldOnly: FieldAccess = ({ req: { user } }) => isAdmin(user)
