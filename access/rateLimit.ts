import type { Payload, PayloadRequest } from 'payload'

import crypto from 'node:crypto'
import { APIError } from 'payload'

import { type RateLimitBucket, type RateLimitKey, type RateLimitSettings, readRateLimits } from '../src/config/rateLimits'
import { countRequest } from '../src/db/countRequest'

/**
 * The guard for anything anonymous can call (login, sign-up, forgot-password, email
 * verification, invitation acceptance):
 *
 *   await enforceRateLimit(req, { bucket: 'invitationAccept', email: body.email })
 *
 * counts the request per client address and per target email (each where the bucket has a
 * limit and the value is known) in one database write, and throws a 429 with `Retry-After`
 * and a sentence saying how long to wait once either count is over its limit. Limits come
 * from the environment (src/config/rateLimits.ts) through `config.custom.rateLimits`.
 */

const ACTIONS: Record<RateLimitBucket, string> = {
  certificateVerify: 'certificate checks',
  forgotPassword: 'password reset requests',
  invitationAccept: 'attempts to accept an invitation',
  login: 'login attempts',
  signUp: 'sign-ups',
  verifyEmail: 'verification attempts',
}

export const rateLimitSettings = (payload: Payload): RateLimitSettings =>
  (payload.config.custom?.rateLimits as RateLimitSettings | undefined) ?? readRateLimits({})

/**
 * The client's address. Next.js route handlers see no socket, so the only source is a header,
 * which any client can forge unless a proxy we trust overwrote it: X-Forwarded-For's first hop
 * is used only with TRUST_PROXY=true. Otherwise the address is unknown and only the per-email
 * limits apply: a shared fallback key would let one client lock everybody out.
 */
export const clientAddress = (req: Pick<PayloadRequest, 'headers'>, trustProxy: boolean): string | undefined => {
  if (!trustProxy) return undefined
  const first = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return first || req.headers.get('x-real-ip')?.trim() || undefined
}

/** Keys are hashed: the table holds no email or address in the clear. */
const keyOf = (bucket: RateLimitBucket, kind: RateLimitKey, value: string): string =>
  `${bucket}:${kind}:${crypto.createHash('sha256').update(value).digest('hex').slice(0, 40)}`

const waitText = (seconds: number): string => {
  if (seconds < 90) return `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 90) return `${minutes} minutes`
  return `${Math.ceil(minutes / 60)} hours`
}

export class TooManyRequests extends APIError {
  constructor(bucket: RateLimitBucket, retryAfterSeconds: number) {
    super(
      `Too many ${ACTIONS[bucket]} for this account or from your network. Wait ${waitText(retryAfterSeconds)}, then try again.`,
      429,
      { retryAfter: retryAfterSeconds },
      true,
    )
    this.name = 'TooManyRequests'
  }
}

export const enforceRateLimit = async (
  req: PayloadRequest,
  { bucket, email }: { bucket: RateLimitBucket; email?: unknown },
): Promise<void> => {
  const settings = rateLimitSettings(req.payload)
  if (!settings.enabled) return
  const limits = settings.limits[bucket]
  const values: Partial<Record<RateLimitKey, string>> = {
    email: typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : undefined,
    ip: clientAddress(req, settings.trustProxy),
  }
  const counted = (['email', 'ip'] as const).flatMap((kind) => {
    const limit = limits[kind]
    const value = values[kind]
    return limit && value ? [{ key: keyOf(bucket, kind, value), ...limit }] : []
  })
  const counts = await countRequest(req, counted)
  const now = Date.now()
  const waits = counts.flatMap(({ count, key, windowStart }) => {
    const limit = counted.find((each) => each.key === key)
    if (!limit || count <= limit.limit) return []
    return [Math.max(1, Math.ceil((windowStart.getTime() + limit.windowMs - now) / 1000))]
  })
  if (waits.length === 0) return
  const retryAfter = Math.max(...waits)
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(retryAfter))
  throw new TooManyRequests(bucket, retryAfter)
}
