/**
 * Role predicates: pure functions of the logged-in user, shared by collection access,
 * field access and the admin panel. Anything that is not a user (anonymous, API key of
 * another collection) is treated as having no role.
 */
export const ROLES = ['admin', 'committee', 'judge', 'participant'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = null | undefined | { id?: number | string; role?: null | string }

export const roleOf = (user: MaybeUser): Role | undefined =>
  user && typeof user.role === 'string' && (ROLES as readonly string[]).includes(user.role) ? (user.role as Role) : undefined

export const isAdmin = (user: MaybeUser): boolean => roleOf(user) === 'admin'

/** Committee members run competitions; admins can do everything a committee member can. */
export const isCommittee = (user: MaybeUser): boolean => {
  const role = roleOf(user)
  return role === 'committee' || role === 'admin'
}

export const isJudge = (user: MaybeUser): boolean => roleOf(user) === 'judge'

/** Staff are the people who work in /admin: admins, committee members and judges. */
export const isStaff = (user: MaybeUser): boolean => isCommittee(user) || isJudge(user)
