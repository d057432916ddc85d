import type { CollectionAfterErrorHook, CollectionBeforeOperationHook } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import crypto from 'node:crypto'
import { promisify } from 'node:util'
import { APIError } from 'payload'

import { isStaff } from '../../access'
import { queueEmail } from '../../src/email/adapter'
import { SIGN_UP_ATTEMPT_SUBJECT, signUpAttemptEmailHtml } from '../../src/email/authEmails'

/**
 * Sign-up must not tell whether an address has an account (issue 8 item 13). Payload refuses a
 * taken email with "A user with the given email is already registered" after every other field
 * has passed validation; for a sign-up that refusal becomes the same 201 a new account gets,
 * with a document of the same shape that exists nowhere, and the owner is emailed instead.
 * Nothing is created, so the password sent never works. Staff creating accounts get the real
 * error (they can list users anyway).
 */

const pbkdf2 = promisify(crypto.pbkdf2)

/** GraphQL cannot turn an error into data, so sign-up is REST only (the site and POST /api/users). */
export const signUpThroughRestOnly: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation === 'create' && req.payloadAPI === 'GraphQL' && !isStaff(req.user)) {
    throw new APIError('Sign up on the website or through POST /api/users.', 403, null, true)
  }
  return args
}

/** By name, not instanceof: the production build may bundle a second copy of Payload's error classes. */
const isTakenEmail = (error: unknown, message: string): boolean => {
  if (!(error instanceof Error) || error.name !== 'ValidationError') return false
  const errors =
    ((error as Error & { data?: unknown }).data as { errors?: { message?: string; path?: string }[] } | undefined)?.errors ?? []
  return errors.length === 1 && errors[0].path === 'email' && errors[0].message === message
}

export const answerDuplicateSignUp: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  if (req.payloadAPI !== 'REST' || req.method !== 'POST' || isStaff(req.user)) return
  if (!isTakenEmail(error, req.t('error:userEmailAlreadyRegistered'))) return
  const data = (req.data ?? {}) as Record<string, unknown>
  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { email: { equals: email } },
  })
  const owner = docs[0]
  if (!owner) return

  // A new account costs one password hash (Payload: PBKDF2-SHA256, 600 000 rounds); spend it here too.
  await pbkdf2(typeof data.password === 'string' ? data.password : '', crypto.randomBytes(32), 600_000, 32, 'sha256')
  await queueEmail(req, {
    html: signUpAttemptEmailHtml(req.payload.config.serverURL, owner),
    subject: SIGN_UP_ATTEMPT_SUBJECT,
    to: owner.email,
  })

  const now = new Date().toISOString()
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  return {
    response: {
      // The same keys, in the same order, as a new participant's document.
      doc: {
        id: req.payload.db.name === 'mongoose' ? crypto.randomBytes(12).toString('hex') : crypto.randomUUID(),
        name: text(data.name),
        role: 'participant',
        institution: text(data.institution),
        phone: text(data.phone),
        updatedAt: now,
        createdAt: now,
        email,
        collection: 'users',
        sessions: [],
      },
      message: req.t('general:successfullyCreated', { label: getTranslation(collection.labels.singular, req.i18n) }),
    },
    status: 201,
  }
}
