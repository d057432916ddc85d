import { ConfigurationError } from './configurationError'

/**
 * Rate limits for what anyone can call without an account (issue 8 item 5), read from the
 * environment. Each bucket counts per client address and/or per target email, in a fixed window
 * that starts at the first request of the key. Pure: no Payload imports, unit-tested.
 *
 *   RATE_LIMITS=off                       turns every limit off (load tests, benchmarks; never the default)
 *   RATE_LIMIT_<BUCKET>_<EMAIL|IP>=10/15m  one limit: count / window (s, m, h or d); `off` drops that one
 *   TRUST_PROXY=true                      the client address is the first hop of X-Forwarded-For
 */

export const RATE_LIMIT_BUCKETS = ['login', 'signUp', 'forgotPassword', 'verifyEmail', 'invitationAccept', 'certificateVerify'] as const
export type RateLimitBucket = (typeof RATE_LIMIT_BUCKETS)[number]

/** What a count is kept for: the client's address, or the email address the request is about. */
export type RateLimitKey = 'email' | 'ip'

export type RateLimit = { limit: number; windowMs: number }

export type RateLimitSettings = {
  enabled: boolean
  limits: Record<RateLimitBucket, Partial<Record<RateLimitKey, RateLimit>>>
  /** Read the client address from X-Forwarded-For: only behind a proxy that sets it. */
  trustProxy: boolean
}

/**
 * Per email: enough for a person who mistypes or asks twice; per address: enough for a campus
 * behind one NAT at registration opening, far too few for a brute-force or email-bombing run.
 */
export const DEFAULT_RATE_LIMITS: Record<RateLimitBucket, Partial<Record<RateLimitKey, string>>> = {
  // A committee checking a stack of certificates at a desk, not a scan of the code space.
  certificateVerify: { ip: '120/15m' },
  forgotPassword: { email: '3/1h', ip: '20/1h' },
  invitationAccept: { email: '10/15m', ip: '30/15m' },
  login: { email: '10/15m', ip: '100/15m' },
  signUp: { email: '3/1h', ip: '20/1h' },
  verifyEmail: { ip: '30/15m' },
}

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const

/** "10/15m" → 10 requests per 15 minutes; `off` → undefined. */
export const parseRateLimit = (value: string, name = 'rate limit'): RateLimit | undefined => {
  const text = value.trim().toLowerCase()
  if (text === 'off') return undefined
  const match = /^(\d+)\s*\/\s*(\d*)\s*([smhd])$/.exec(text)
  const limit = match ? Number(match[1]) : NaN
  const windowMs = match ? Number(match[2] || 1) * UNIT_MS[match[3] as keyof typeof UNIT_MS] : NaN
  if (!match || limit < 1 || windowMs < 1) {
    throw new ConfigurationError(`${name} must look like "10/15m" (10 requests per 15 minutes; s, m, h or d) or "off", got "${value}".`)
  }
  return { limit, windowMs }
}

/** RATE_LIMIT_FORGOT_PASSWORD_EMAIL for bucket forgotPassword, key email. */
export const rateLimitVariable = (bucket: RateLimitBucket, key: RateLimitKey): string =>
  `RATE_LIMIT_${bucket.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}_${key.toUpperCase()}`

const isOff = (value: string | undefined): boolean => ['0', 'false', 'no', 'off'].includes((value ?? '').trim().toLowerCase())
const isOn = (value: string | undefined): boolean => ['1', 'true', 'yes', 'on'].includes((value ?? '').trim().toLowerCase())

export const readRateLimits = (env: Record<string, string | undefined>): RateLimitSettings => {
  const limits = {} as RateLimitSettings['limits']
  for (const bucket of RATE_LIMIT_BUCKETS) {
    limits[bucket] = {}
    for (const key of ['email', 'ip'] as const) {
      const variable = rateLimitVariable(bucket, key)
      const value = env[variable]?.trim() || DEFAULT_RATE_LIMITS[bucket][key]
      const limit = value ? parseRateLimit(value, variable) : undefined
      if (limit) limits[bucket][key] = limit
    }
  }
  return { enabled: !isOff(env.RATE_LIMITS), limits, trustProxy: isOn(env.TRUST_PROXY) }
}

/**
 * The longest window of any limit in force: a count whose window started longer ago than this
 * has ended whatever its bucket, and counts as nothing (its next request starts a new window at 1).
 */
export const longestRateLimitWindowMs = (settings: Pick<RateLimitSettings, 'limits'>): number =>
  Math.max(0, ...Object.values(settings.limits).flatMap((byKey) => Object.values(byKey).map((limit) => limit?.windowMs ?? 0)))
