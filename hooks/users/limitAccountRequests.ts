import type { CollectionBeforeOperationHook } from 'payload'

import { commitTransaction, initTransaction } from 'payload'

import type { RateLimitBucket } from '../../src/config/rateLimits'

import { isStaff } from '../../access'
import { enforceRateLimit } from '../../access/rateLimit'

const BUCKETS: Partial<Record<string, RateLimitBucket>> = {
  create: 'signUp',
  forgotPassword: 'forgotPassword',
  login: 'login',
}

/**
 * Login, sign-up and forgot-password are open to anyone: each request is counted per client
 * address and per email it names before Payload does any work (for login, before the password
 * is checked, so guessing is limited too), through REST and GraphQL alike. The Local API is
 * server code (seed, scripts); staff creating accounts in /admin are not signing up.
 */
export const limitAccountRequests: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  const bucket = BUCKETS[operation]
  if (!bucket || req.payloadAPI === 'local') return args
  if (operation === 'create' && isStaff(req.user)) return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (operation !== 'create' || !req.transactionID) {
    await enforceRateLimit(req, { bucket, email })
    return args
  }
  // Payload opened the sign-up's transaction before this hook, and it is still empty. The count
  // must outlive a sign-up that fails (a taken email is answered as a success, after a rollback:
  // hooks/users/answerDuplicateSignUp.ts), so it is written between two transactions: counting
  // inside would roll back, and outside while holding it would wait on SQLite's queue for itself.
  await commitTransaction(req)
  await enforceRateLimit(req, { bucket, email })
  await initTransaction(req)
  return args
}
