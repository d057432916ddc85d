import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { User } from '../../src/payload-types'

import { isAdmin, isCommittee, isJudge } from '../../access/roles'
import { onTeamWhere } from '../../access/teams'
import { passwordMatches } from '../../src/auth/passwordMatches'
import { isConfirmedEmailChange } from '../../src/db/serverWrite'
import { emailKey } from '../../src/domain/registration'
import { refuse } from '../../src/shared/refusals'

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

const onVerifiedTeam = async (req: PayloadRequest, userId: number | string): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'registrations',
    overrideAccess: true,
    req,
    where: { and: [{ status: { equals: 'verified' } }, await onTeamWhere(req, userId)] },
  })
  return totalDocs > 0
}

/**
 * Changes to an account, by whom:
 * - the email: only by an admin (recorded), or by the account itself through the change-email
 *   flow (a link to the new address). A plain PATCH is refused, since the email is what
 *   invitations and logins rely on;
 * - the password, by the account itself: only with `currentPassword`, so a stolen session
 *   cannot lock the owner out. An admin may set another user's password;
 * - the institution: decides conflicts of interest (judges) and which institution a team
 *   counts for, so a judge's, or a participant's on a verified team, is changed only by the
 *   committee; everyone else still sets their own;
 * - the committee may change another person's institution and nothing else of theirs.
 * `currentPassword` is never stored.
 */
export const governAccountChanges: CollectionBeforeChangeHook<User> = async ({ context, data, operation, originalDoc, req }) => {
  const body = data as Partial<User> & { currentPassword?: unknown }
  const currentPassword = body.currentPassword
  delete body.currentPassword
  const actor = req.user
  // Sign-up, and the server's own writes (seed, endpoints that have already checked).
  if (operation !== 'update' || !originalDoc || !actor || isConfirmedEmailChange(context)) return data

  const self = String(actor.id) === String(originalDoc.id)
  const emailChanged = typeof data.email === 'string' && emailKey(data.email) !== emailKey(originalDoc.email)
  const passwordChanged = typeof data.password === 'string' && data.password !== ''
  const institutionChanged = 'institution' in data && text(data.institution) !== text(originalDoc.institution)

  if (!self && !isAdmin(actor)) {
    const profileChanged = (['name', 'phone'] as const).some((field) => field in data && text(data[field]) !== text(originalDoc[field]))
    if (emailChanged || passwordChanged || profileChanged) {
      throw refuse(
        403,
        "The committee changes only another person's institution. People change their own name, phone and password; an admin changes an email.",
      )
    }
  }
  if (emailChanged && !isAdmin(actor)) {
    throw refuse(
      403,
      'Your email is not changed here. Use "Change email" on your account page (POST /api/users/change-email with newEmail and currentPassword): we send a link to the new address, and the old one stays in use until it is opened.',
    )
  }
  if (passwordChanged && self) {
    if (typeof currentPassword !== 'string' || currentPassword === '') {
      throw refuse(
        400,
        'Send your current password as "currentPassword" to set a new one. Forgot it? Use "Forgot password" on the login page.',
      )
    }
    const stored = await req.payload.db.findOne<{ hash?: string; id: string; salt?: string }>({
      collection: 'users',
      req,
      where: { id: { equals: originalDoc.id } },
    })
    if (!(await passwordMatches(currentPassword, stored ?? {}))) {
      throw refuse(403, 'The current password is not correct; your password was not changed.')
    }
  }
  if (institutionChanged && !isCommittee(actor)) {
    if (isJudge(originalDoc)) {
      throw refuse(
        403,
        "A judge's institution decides which teams they may not judge, so only the committee changes it. Ask the committee.",
      )
    }
    if (await onVerifiedTeam(req, originalDoc.id)) {
      throw refuse(403, 'You are on a verified team, so your institution is fixed. Ask the committee if it needs to change.')
    }
  }
  return data
}
