import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ConfigurationError, parseOrigins, readEnv, resolveSecret, trustedOrigins } from '../../src/config/env'
import { longestRateLimitWindowMs, parseRateLimit, rateLimitVariable, readRateLimits } from '../../src/config/rateLimits'

const quiet = () => undefined

describe('PAYLOAD_SECRET', () => {
  it('production refuses to start without a secret, and says why', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' }, true, quiet)).toThrow(ConfigurationError)
    expect(() => resolveSecret({ NODE_ENV: 'production' }, true, quiet)).toThrow(/PAYLOAD_SECRET is not set.*at least 32/)
  })

  it('production refuses a secret shorter than 32 characters', () => {
    expect(() => resolveSecret({ PAYLOAD_SECRET: 'short' }, true, quiet)).toThrow(/only 5 characters long/)
  })

  it('production accepts a 32-character secret as given', () => {
    const secret = 'x'.repeat(32)
    expect(resolveSecret({ PAYLOAD_SECRET: secret }, true, quiet)).toBe(secret)
  })

  it('the production build compiles without a secret (none is used at build time)', () => {
    expect(resolveSecret({ NEXT_PHASE: 'phase-production-build' }, true, quiet)).toMatch(/placeholder/)
  })

  it('development makes a long secret up, warns, and keeps it across restarts', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-env-'))
    const warnings: string[] = []
    const first = resolveSecret({ CONTESTKIT_DATA_DIR: dir }, false, (m) => warnings.push(m))
    const second = resolveSecret({ CONTESTKIT_DATA_DIR: dir }, false, quiet)
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(second).toBe(first)
    expect(warnings.join(' ')).toMatch(/development/)
  })
})

describe('origins', () => {
  it('parses a comma list, trimming spaces and trailing slashes', () => {
    expect(parseOrigins(' https://a.example/ ,https://b.example,, ')).toEqual(['https://a.example', 'https://b.example'])
    expect(parseOrigins(undefined)).toEqual([])
  })

  it('csrf trusts the server URL plus the CORS origins, once each', () => {
    expect(
      trustedOrigins({ corsOrigins: ['https://contest.example', 'http://localhost:3000'], serverUrl: 'http://localhost:3000' }),
    ).toEqual(['http://localhost:3000', 'https://contest.example'])
  })
})

describe('readEnv', () => {
  it('defaults the server URL and reads SMTP settings only when SMTP_HOST is set', () => {
    const env = readEnv({ PAYLOAD_SECRET: 'y'.repeat(40) })
    expect(env.serverUrl).toBe('http://localhost:3000')
    expect(env.smtp).toBeUndefined()
    const withSmtp = readEnv({
      PAYLOAD_SECRET: 'y'.repeat(40),
      SMTP_HOST: 'mail.example',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'u',
    })
    expect(withSmtp.smtp).toEqual({ host: 'mail.example', pass: undefined, port: 465, secure: true, user: 'u' })
  })

  it('refuses an SMTP port that is not a number', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: 'y'.repeat(40), SMTP_HOST: 'mail.example', SMTP_PORT: 'abc' })).toThrow(/SMTP_PORT/)
  })
})

describe('rate limits', () => {
  it('knows the longest window in force, the age after which any count has ended', () => {
    expect(longestRateLimitWindowMs(readRateLimits({ RATE_LIMIT_LOGIN_IP: '5/3d' }))).toBe(3 * 86_400_000)
    const allOff = Object.fromEntries(
      ['LOGIN', 'SIGN_UP', 'FORGOT_PASSWORD', 'VERIFY_EMAIL', 'INVITATION_ACCEPT', 'CERTIFICATE_VERIFY'].flatMap((bucket) => [
        [`RATE_LIMIT_${bucket}_EMAIL`, 'off'],
        [`RATE_LIMIT_${bucket}_IP`, 'off'],
      ]),
    )
    expect(longestRateLimitWindowMs(readRateLimits({ ...allOff, RATE_LIMIT_SIGN_UP_IP: '4/2h' }))).toBe(2 * 3_600_000)
    expect(longestRateLimitWindowMs(readRateLimits(allOff))).toBe(0)
  })

  const secret = { PAYLOAD_SECRET: 'y'.repeat(40) }

  it('are on by default, with a limit per email and per address for login, sign-up and forgot-password', () => {
    const { rateLimits } = readEnv(secret)
    expect(rateLimits.enabled).toBe(true)
    expect(rateLimits.trustProxy).toBe(false)
    expect(rateLimits.limits.login).toEqual({ email: { limit: 10, windowMs: 15 * 60_000 }, ip: { limit: 100, windowMs: 15 * 60_000 } })
    expect(rateLimits.limits.signUp.email).toEqual({ limit: 3, windowMs: 3_600_000 })
    expect(rateLimits.limits.forgotPassword.ip).toEqual({ limit: 20, windowMs: 3_600_000 })
    expect(rateLimits.limits.verifyEmail).toEqual({ ip: { limit: 30, windowMs: 15 * 60_000 } })
  })

  it('RATE_LIMITS=off turns them off; TRUST_PROXY=true reads X-Forwarded-For', () => {
    expect(readEnv({ ...secret, RATE_LIMITS: 'off' }).rateLimits.enabled).toBe(false)
    expect(readEnv({ ...secret, RATE_LIMITS: 'false' }).rateLimits.enabled).toBe(false)
    expect(readEnv({ ...secret, TRUST_PROXY: 'true' }).rateLimits.trustProxy).toBe(true)
  })

  it('one limit is overridden per bucket and key, or dropped with "off"', () => {
    expect(rateLimitVariable('forgotPassword', 'email')).toBe('RATE_LIMIT_FORGOT_PASSWORD_EMAIL')
    const { limits } = readEnv({
      ...secret,
      RATE_LIMIT_LOGIN_EMAIL: '5/30s',
      RATE_LIMIT_LOGIN_IP: 'off',
      RATE_LIMIT_SIGN_UP_IP: '50/d',
    }).rateLimits
    expect(limits.login).toEqual({ email: { limit: 5, windowMs: 30_000 } })
    expect(limits.signUp.ip).toEqual({ limit: 50, windowMs: 86_400_000 })
  })

  it('refuses a limit it cannot read, naming the variable and the format', () => {
    expect(parseRateLimit('10/15m')).toEqual({ limit: 10, windowMs: 900_000 })
    expect(parseRateLimit(' 3 / h ')).toEqual({ limit: 3, windowMs: 3_600_000 })
    expect(() => readEnv({ ...secret, RATE_LIMIT_LOGIN_EMAIL: 'ten per minute' })).toThrow(ConfigurationError)
    expect(() => readEnv({ ...secret, RATE_LIMIT_LOGIN_EMAIL: '0/1m' })).toThrow(/RATE_LIMIT_LOGIN_EMAIL must look like "10\/15m"/)
  })
})

describe('attachment allowance', () => {
  const secret = { PAYLOAD_SECRET: 'y'.repeat(40) }

  it('defaults to 60 files or 300 MB a day, and reads ATTACHMENT_DAILY_FILES / ATTACHMENT_DAILY_MB', () => {
    expect(readEnv(secret).attachmentQuota).toEqual({ bytes: 300 * 1024 * 1024, files: 60 })
    expect(readEnv({ ...secret, ATTACHMENT_DAILY_FILES: '10', ATTACHMENT_DAILY_MB: '50' }).attachmentQuota).toEqual({
      bytes: 50 * 1024 * 1024,
      files: 10,
    })
  })

  it('refuses a value that is not a positive number', () => {
    expect(() => readEnv({ ...secret, ATTACHMENT_DAILY_FILES: 'lots' })).toThrow(/ATTACHMENT_DAILY_FILES must be a positive number/)
  })
})

describe('REMINDERS_CRON and JOBS_SCHEDULES', () => {
  const secret = 'x'.repeat(32)
  it('the reminders sweep runs every ten minutes unless told otherwise; JOBS_SCHEDULES=false stops queueing every sweep', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret }).reminders.cron).toBe('*/10 * * * *')
    expect(readEnv({ PAYLOAD_SECRET: secret, REMINDERS_CRON: '0 * * * *' }).reminders.cron).toBe('0 * * * *')
    expect(readEnv({ PAYLOAD_SECRET: secret, REMINDERS_CRON: 'off' }).reminders.cron).toBeUndefined()
    expect(readEnv({ PAYLOAD_SECRET: secret }).jobs.schedules).toBe(true)
    expect(readEnv({ JOBS_SCHEDULES: 'false', PAYLOAD_SECRET: secret }).jobs.schedules).toBe(false)
  })
})

describe('LOG_FORMAT', () => {
  const secret = { PAYLOAD_SECRET: 'y'.repeat(40) }
  it('is human-readable unless json is asked for', () => {
    expect(readEnv(secret).logFormat).toBe('pretty')
    expect(readEnv({ ...secret, LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty')
    expect(readEnv({ ...secret, LOG_FORMAT: 'JSON' }).logFormat).toBe('json')
  })

  it('refuses a format it does not know, naming the variable', () => {
    expect(() => readEnv({ ...secret, LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/)
  })
})
