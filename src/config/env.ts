import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigurationError } from './configurationError'
import { type ObjectStorageSettings, readObjectStorage } from './objectStorage'
import { type RateLimitSettings, readRateLimits } from './rateLimits'

/**
 * Everything ContestKit reads from the environment, parsed once and typed.
 * Kept free of Payload imports so it can be unit-tested and used by scripts.
 */
export type ContestKitEnv = {
  adminEmail?: string
  /** Private uploads per account in any 24 hours (committee exempt). */
  attachmentQuota: { bytes: number; files: number }
  adminPassword?: string
  corsOrigins: string[]
  databaseUrl?: string
  isProduction: boolean
  /**
   * Run queued jobs (emails) inside this server; off when a separate worker runs them.
   * `schedules`: the runner also queues the scheduled sweeps (announcements, reminders) when due.
   */
  jobs: { autoRun: boolean; cron: string; schedules: boolean }
  /** Set: uploads live in this S3-compatible bucket (src/config/objectStorage.ts); unset: on disk. */
  objectStorage?: ObjectStorageSettings
  /** Limits on anonymous requests (src/config/rateLimits.ts). */
  rateLimits: RateLimitSettings
  /** How often the reminders sweep runs (a cron); undefined when REMINDERS_CRON=off. */
  reminders: { cron?: string }
  logLevel: 'debug' | 'error' | 'fatal' | 'info' | 'silent' | 'trace' | 'warn'
  /** `json`: one JSON object per line (for log collectors); `pretty`: human-readable (the default). */
  logFormat: 'json' | 'pretty'
  secret: string
  serverUrl: string
  smtp?: {
    host: string
    pass?: string
    port: number
    secure: boolean
    user?: string
  }
  emailFrom: string
}

/** process.env, or a plain object in tests. */
export type EnvSource = Record<string, string | undefined>

export const MIN_SECRET_LENGTH = 32

export { ConfigurationError }

const stripTrailingSlash = (url: string): string => url.replace(/\/+$/, '')

export const parseOrigins = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((origin) => stripTrailingSlash(origin.trim()))
    .filter(Boolean)

/** `next build` evaluates the config to collect page data; no secret is needed to compile. */
const isBuildPhase = (env: EnvSource): boolean => env.NEXT_PHASE === 'phase-production-build'

/**
 * Development gets a secret that survives restarts (so logins survive a `next dev` reload)
 * without anyone having to invent one: it is generated once and kept beside the SQLite file.
 */
const developmentSecret = (dataDir: string): string => {
  const file = path.join(dataDir, '.dev-secret')
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= MIN_SECRET_LENGTH) return existing
  } catch {
    // not created yet
  }
  const secret = crypto.randomBytes(32).toString('hex')
  try {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, secret, { mode: 0o600 })
  } catch {
    // read-only checkout: a per-process secret still works, logins just do not survive a restart
  }
  return secret
}

export const resolveSecret = (env: EnvSource, isProduction: boolean, warn: (message: string) => void = console.warn): string => {
  const given = env.PAYLOAD_SECRET ?? ''
  if (given.length >= MIN_SECRET_LENGTH) return given
  if (isProduction && !isBuildPhase(env)) {
    throw new ConfigurationError(
      given
        ? `PAYLOAD_SECRET is only ${given.length} characters long; production needs at least ${MIN_SECRET_LENGTH}. Generate one with: openssl rand -hex 32`
        : `PAYLOAD_SECRET is not set; production refuses to start without a secret of at least ${MIN_SECRET_LENGTH} characters. Generate one with: openssl rand -hex 32`,
    )
  }
  if (isBuildPhase(env)) return 'build-phase-placeholder-secret-not-used-at-runtime'
  if (given) {
    warn(`PAYLOAD_SECRET is shorter than ${MIN_SECRET_LENGTH} characters; using a generated development secret instead.`)
  } else {
    warn('PAYLOAD_SECRET is not set; using a generated development secret (fine for development only).')
  }
  return developmentSecret(path.resolve(env.CONTESTKIT_DATA_DIR ?? 'data'))
}

const positiveNumber = (env: EnvSource, name: string, fallback: number): number => {
  const given = env[name]?.trim()
  if (!given) return fallback
  const value = Number(given)
  if (!Number.isFinite(value) || value <= 0) throw new ConfigurationError(`${name} must be a positive number, got "${given}".`)
  return value
}

/** A job schedule's cron: the given one, the default when unset, none when switched off. */
const scheduleCron = (given: string | undefined, fallback: string): string | undefined =>
  ['0', 'false', 'no', 'off'].includes((given ?? '').trim().toLowerCase()) ? undefined : given?.trim() || fallback

const readLogFormat = (given: string | undefined): ContestKitEnv['logFormat'] => {
  const format = (given ?? '').trim().toLowerCase()
  if (!format || format === 'pretty') return 'pretty'
  if (format === 'json') return 'json'
  throw new ConfigurationError(`LOG_FORMAT must be "json" or "pretty", got "${given}".`)
}

export const readEnv = (env: EnvSource = process.env): ContestKitEnv => {
  const isProduction = env.NODE_ENV === 'production'
  const serverUrl = stripTrailingSlash(env.SERVER_URL?.trim() || 'http://localhost:3000')
  const smtpHost = env.SMTP_HOST?.trim()
  const smtpPort = Number(env.SMTP_PORT || 587)
  if (smtpHost && (!Number.isInteger(smtpPort) || smtpPort <= 0)) {
    throw new ConfigurationError(`SMTP_PORT must be a port number, got "${env.SMTP_PORT}".`)
  }
  return {
    adminEmail: env.ADMIN_EMAIL?.trim() || undefined,
    attachmentQuota: {
      bytes: positiveNumber(env, 'ATTACHMENT_DAILY_MB', 300) * 1024 * 1024,
      files: Math.floor(positiveNumber(env, 'ATTACHMENT_DAILY_FILES', 60)),
    },
    adminPassword: env.ADMIN_PASSWORD || undefined,
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    emailFrom: env.EMAIL_FROM?.trim() || 'ContestKit <no-reply@contestkit.local>',
    isProduction,
    jobs: {
      autoRun: !['0', 'false', 'no', 'off'].includes((env.JOBS_AUTORUN ?? 'true').toLowerCase()),
      cron: env.JOBS_CRON?.trim() || '*/5 * * * * *',
      schedules: !['0', 'false', 'no', 'off'].includes((env.JOBS_SCHEDULES ?? 'true').toLowerCase()),
    },
    logFormat: readLogFormat(env.LOG_FORMAT),
    objectStorage: readObjectStorage(env),
    logLevel: (['debug', 'error', 'fatal', 'info', 'silent', 'trace', 'warn'] as const).find((l) => l === env.LOG_LEVEL) ?? 'info',
    rateLimits: readRateLimits(env),
    reminders: { cron: scheduleCron(env.REMINDERS_CRON, '*/10 * * * *') },
    secret: resolveSecret(env, isProduction),
    serverUrl,
    smtp: smtpHost
      ? {
          host: smtpHost,
          pass: env.SMTP_PASS || undefined,
          port: smtpPort,
          secure: env.SMTP_SECURE === 'true' || env.SMTP_SECURE === '1',
          user: env.SMTP_USER || undefined,
        }
      : undefined,
  }
}

/** Origins allowed to make credentialed requests: the app itself plus configured front-ends. */
export const trustedOrigins = (env: Pick<ContestKitEnv, 'corsOrigins' | 'serverUrl'>): string[] => [
  ...new Set([env.serverUrl, ...env.corsOrigins]),
]
