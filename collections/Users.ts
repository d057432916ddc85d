import type { CollectionConfig, FieldAccess } from 'payload'

import { adminFieldOnly, adminsOnly, anyone, committeeOrSelf, isCommittee, isStaff, ROLES } from '../access'
import { serverOnly } from '../access/fields'
import { answerDuplicateSignUp, signUpThroughRestOnly } from '../hooks/users/answerDuplicateSignUp'
import { governAccountChanges } from '../hooks/users/governAccountChanges'
import { limitAccountRequests } from '../hooks/users/limitAccountRequests'
import { recordAccountChanges, recordAccountDeletion } from '../hooks/users/recordAccountChanges'
import { runForgotPasswordOutsideTransaction } from '../hooks/users/runForgotPasswordOutsideTransaction'
import { PASSWORD_RESET_SUBJECT, passwordResetEmailHtml, VERIFICATION_SUBJECT, verificationEmailHtml } from '../src/email/authEmails'
import { confirmEmailChangeEndpoint, requestEmailChangeEndpoint } from '../src/endpoints/account'
import { verifyEmailEndpoint } from '../src/endpoints/verifyEmail'

/** A pending email change is the account's own business (and the committee's), never anyone else's. */
const pendingChangeReaders: FieldAccess = ({ doc, req: { user } }) => isCommittee(user) || String(user?.id) === String(doc?.id)

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    // Participants use the public site; only staff work in /admin.
    admin: ({ req: { user } }) => isStaff(user),
    // Public sign-up. The role field below cannot be set by anyone but an admin.
    create: anyone,
    delete: adminsOnly,
    read: committeeOrSelf(),
    unlock: adminsOnly,
    // Everyone their own account; the committee others' institution only (governAccountChanges
    // refuses the rest); admins anything.
    update: committeeOrSelf(),
  },
  admin: {
    defaultColumns: ['name', 'email', 'role', 'institution', 'updatedAt'],
    group: 'People',
    useAsTitle: 'name',
  },
  auth: {
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailHTML: (args) => passwordResetEmailHtml(args?.req?.payload.config.serverURL ?? '', args?.token ?? '', args?.user),
      generateEmailSubject: () => PASSWORD_RESET_SUBJECT,
    },
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
    tokenExpiration: 60 * 60 * 8,
    verify: {
      generateEmailHTML: ({ req, token, user }) => verificationEmailHtml(req.payload.config.serverURL, token, user),
      generateEmailSubject: () => VERIFICATION_SUBJECT,
    },
  },
  endpoints: [requestEmailChangeEndpoint, confirmEmailChangeEndpoint, verifyEmailEndpoint],
  // Participants write these: a staff member's open editor must never answer their save with 423.
  lockDocuments: false,
  fields: [
    { name: 'name', type: 'text', maxLength: 120, required: true },
    {
      name: 'role',
      type: 'select',
      access: {
        // A value sent by anyone else is dropped, so sign-up always makes a participant.
        create: adminFieldOnly,
        update: adminFieldOnly,
      },
      defaultValue: 'participant',
      index: true,
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      required: true,
      saveToJWT: true,
    },
    {
      name: 'institution',
      type: 'text',
      admin: {
        description:
          "A judge's institution, or that of a participant on a verified team, is changed only by the committee; every change is recorded.",
      },
      maxLength: 200,
    },
    { name: 'phone', type: 'text', maxLength: 32 },
    // An email change waiting for its confirmation link (src/endpoints/account.ts).
    {
      name: 'pendingEmail',
      type: 'email',
      access: { create: serverOnly, read: pendingChangeReaders, update: serverOnly },
      admin: { description: 'Waiting for the link sent to this address to be opened.', readOnly: true },
    },
    { name: 'pendingEmailTokenHash', type: 'text', access: { create: serverOnly, update: serverOnly }, hidden: true, index: true },
    {
      name: 'pendingEmailExpiresAt',
      type: 'date',
      access: { create: serverOnly, read: pendingChangeReaders, update: serverOnly },
      admin: { hidden: true },
    },
  ],
  hooks: {
    afterChange: [recordAccountChanges],
    afterDelete: [recordAccountDeletion],
    // A taken email at sign-up is answered as a new account (and its owner emailed).
    afterError: [answerDuplicateSignUp],
    beforeChange: [governAccountChanges],
    // Order matters: forgot-password leaves its transaction before its request is counted.
    beforeOperation: [runForgotPasswordOutsideTransaction, signUpThroughRestOnly, limitAccountRequests],
  },
  timestamps: true,
}
