import type { Endpoint } from 'payload'

import { passwordMatches } from '../auth/passwordMatches'
import { inTransaction } from '../db/inTransaction'
import { asServerWrite } from '../db/serverWrite'
import { EMAIL_CHANGE_LIFETIME_MS, hashToken, newToken } from '../domain/invitation'
import { emailKey } from '../domain/registration'
import { queueEmail } from '../email/adapter'
import { emailChangeConfirmation, emailChangeNotice } from '../email/emailChangeEmails'
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/dictionary'
import { refuse } from '../shared/refusals'
import { jsonBodyOf } from './jsonBody'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Asks to change the logged-in account's email: `{ newEmail, currentPassword, lang? }`. Nothing
 * changes yet: a link goes to the new address (proving it is theirs) and a notice to the old
 * one; the old address stays in force until the link is opened (POST /api/users/confirm-email-change).
 */
export const requestEmailChangeEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw refuse(401, 'Log in to change your email address.')
    const { currentPassword, lang, newEmail } = await jsonBodyOf(req)
    if (typeof newEmail !== 'string' || typeof currentPassword !== 'string') {
      throw refuse(400, 'Send "newEmail" (the address to use from now on) and "currentPassword" (your password), both as strings.')
    }
    const email = emailKey(newEmail)
    if (!EMAIL.test(email) || email.length > 254) throw refuse(400, `"${newEmail}" is not an email address; check it and try again.`)
    const user = await req.payload.db.findOne<{ email: string; hash?: string; id: number | string; name?: string; salt?: string }>({
      collection: 'users',
      req,
      where: { id: { equals: req.user.id } },
    })
    if (!user) throw refuse(401, 'Log in to change your email address.')
    if (email === emailKey(user.email)) throw refuse(400, 'This is already your email address.')
    if (!(await passwordMatches(currentPassword, user))) throw refuse(403, 'The current password is not correct; nothing was changed.')
    const taken = await req.payload.count({ collection: 'users', overrideAccess: true, req, where: { email: { equals: email } } })
    if (taken.totalDocs > 0) throw refuse(409, 'Another account already uses this address; choose another one.')

    const token = newToken()
    const language = typeof lang === 'string' && isLanguage(lang) ? lang : DEFAULT_LANGUAGE
    await inTransaction(req, async () => {
      await req.payload.update({
        collection: 'users',
        data: {
          pendingEmail: email,
          pendingEmailExpiresAt: new Date(Date.now() + EMAIL_CHANGE_LIFETIME_MS).toISOString(),
          pendingEmailTokenHash: hashToken(token),
        },
        id: user.id,
        overrideAccess: true,
        req,
      })
      const link = `${req.payload.config.serverURL}/${language}/confirm-email/${token}`
      await queueEmail(req, { ...emailChangeConfirmation({ link, name: user.name }), to: email })
      await queueEmail(req, { ...emailChangeNotice({ name: user.name, newEmail: email }), to: user.email })
    })
    return Response.json(
      { message: `We sent a link to ${email}. Open it, logged in, to start using that address; until then ${user.email} stays in use.` },
      { status: 202 },
    )
  },
  method: 'post',
  path: '/change-email',
}

/**
 * Confirms an email change: `{ token }` from the link sent to the new address, by the account
 * that asked for it (logged in). The account's email becomes the new one (recorded in
 * audit-events by the users hook) and the link stops working.
 */
export const confirmEmailChangeEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw refuse(401, 'Log in (with your current address) to confirm your new email address.')
    const { token } = await jsonBodyOf(req)
    if (typeof token !== 'string' || token.trim() === '') throw refuse(400, 'Send the token from the emailed link as "token" (a string).')
    const { docs } = await req.payload.find({
      collection: 'users',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      showHiddenFields: true,
      where: { and: [{ id: { equals: req.user.id } }, { pendingEmailTokenHash: { equals: hashToken(token.trim()) } }] },
    })
    const user = docs[0]
    if (!user?.pendingEmail) {
      throw refuse(
        404,
        'This link is not valid for the account you are logged in with. Log in with the account that asked for the change, or ask again.',
      )
    }
    if (!user.pendingEmailExpiresAt || new Date(user.pendingEmailExpiresAt).getTime() <= Date.now()) {
      throw refuse(410, 'This link has expired. Ask to change your email again from your account page.')
    }
    const taken = await req.payload.count({
      collection: 'users',
      overrideAccess: true,
      req,
      where: { email: { equals: user.pendingEmail } },
    })
    if (taken.totalDocs > 0) throw refuse(409, 'Another account now uses this address; ask again with another one.')
    const email = user.pendingEmail
    await inTransaction(req, () =>
      asServerWrite(
        req,
        () =>
          req.payload.update({
            collection: 'users',
            data: { email, pendingEmail: null, pendingEmailExpiresAt: null, pendingEmailTokenHash: null },
            id: user.id,
            overrideAccess: true,
            req,
          }),
        'confirmed-email-change',
      ),
    )
    return Response.json({ email, message: `Your email address is now ${email}. Use it to log in from now on.` })
  },
  method: 'post',
  path: '/confirm-email-change',
}
