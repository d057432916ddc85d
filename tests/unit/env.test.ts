import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ConfigurationError, parseOrigins, readEnv, resolveSecret, trustedOrigins } from '../../src/config/env'

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
    expect(trustedOrigins({ corsOrigins: ['https://contest.example', 'http://localhost:3000'], serverUrl: 'http://localhost:3000' })).toEqual([
      'http://localhost:3000',
      'https://contest.example',
    ])
  })
})

describe('readEnv', () => {
  it('defaults the server URL and reads SMTP settings only when SMTP_HOST is set', () => {
    const env = readEnv({ PAYLOAD_SECRET: 'y'.repeat(40) })
    expect(env.serverUrl).toBe('http://localhost:3000')
    expect(env.smtp).toBeUndefined()
    const withSmtp = readEnv({ PAYLOAD_SECRET: 'y'.repeat(40), SMTP_HOST: 'mail.example', SMTP_PORT: '465', SMTP_SECURE: 'true', SMTP_USER: 'u' })
    expect(withSmtp.smtp).toEqual({ host: 'mail.example', pass: undefined, port: 465, secure: true, user: 'u' })
  })

  it('refuses an SMTP port that is not a number', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: 'y'.repeat(40), SMTP_HOST: 'mail.example', SMTP_PORT: 'abc' })).toThrow(/SMTP_PORT/)
  })
})
