import type { CollectionConfig } from 'payload'

import {
  adminFieldOnly,
  adminOrSelf,
  adminsOnly,
  anyone,
  committeeOrSelf,
  isStaff,
  ROLES,
} from '../access'
import {
  PASSWORD_RESET_SUBJECT,
  passwordResetEmailHtml,
  VERIFICATION_SUBJECT,
  verificationEmailHtml,
} from '../src/email/authEmails'

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
    update: adminOrSelf,
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
      generateEmailHTML: (args) =>
        passwordResetEmailHtml(args?.req?.payload.config.serverURL ?? '', args?.token ?? '', args?.user),
      generateEmailSubject: () => PASSWORD_RESET_SUBJECT,
    },
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
    tokenExpiration: 60 * 60 * 8,
    verify: {
      generateEmailHTML: ({ req, token, user }) =>
        verificationEmailHtml(req.payload.config.serverURL, token, user),
      generateEmailSubject: () => VERIFICATION_SUBJECT,
    },
  },
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
    { name: 'institution', type: 'text', maxLength: 200 },
    { name: 'phone', type: 'text', maxLength: 32 },
  ],
  timestamps: true,
}
