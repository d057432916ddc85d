import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { readEnv } from '../../src/config/env'
import { healthEndpoint, readinessEndpoint } from '../../src/endpoints/health'

/**
 * No Docker engine runs here, so the Dockerfile and docker-compose.yml are checked by reading
 * them: the environment compose gives the app and the worker must be one the server accepts
 * (src/config/env.ts), the two must share everything that makes them one installation, and the
 * health checks, stages and scripts they name must exist. The hosted workflow builds the image.
 */
const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

type Service = {
  build?: string | { context: string; target?: string }
  command?: string[]
  depends_on?: Record<string, { condition: string }>
  environment?: Record<string, string>
  healthcheck?: { test: string[] }
  stop_grace_period?: string
}
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service> }
const dockerfile = read('Dockerfile')

/** What the operator exports before `docker compose up` (the compose file's header says which). */
const operator = {
  ADMIN_EMAIL: 'committee@example.org',
  ADMIN_PASSWORD: 'a-long-first-password',
  PAYLOAD_SECRET: 'f'.repeat(64),
  S3_SECRET_ACCESS_KEY: 'minio-secret-123',
}

/** Compose's interpolation: ${NAME}, ${NAME:-default} and ${NAME:?error}, against `operator`. */
const interpolate = (value: string, given: Record<string, string>): string =>
  String(value).replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    const set = given[name]
    if (set) return set
    if (kind === '?') throw new Error(`compose refuses to start without ${name}: ${rest}`)
    return kind === '-' ? (rest ?? '') : ''
  })

/** A service's environment as its process sees it: the image's ENV lines, then compose's. */
const environmentOf = (service: string, given = operator): Record<string, string> => {
  const imageEnv = Object.fromEntries(
    [...dockerfile.matchAll(/^\s*(NODE_ENV|PORT|HOSTNAME|UPLOADS_DIR|CONTESTKIT_DATA_DIR)=(\S+)/gm)].map(([, name, value]) => [
      name,
      value,
    ]),
  )
  const composed = Object.entries(compose.services[service].environment ?? {}).map(([name, value]) => [name, interpolate(value, given)])
  return { ...imageEnv, NODE_ENV: 'production', ...Object.fromEntries(composed) }
}

describe('docker-compose.yml', () => {
  it('gives the app and the worker a configuration the server accepts: MongoDB replica set, the bucket, Redis, SMTP', () => {
    for (const service of ['app', 'worker']) {
      const env = readEnv(environmentOf(service))
      expect(env.isProduction).toBe(true)
      expect(env.databaseUrl).toMatch(/^mongodb:\/\/mongo:27017\/contestkit\?replicaSet=rs0$/)
      expect(env.objectStorage).toMatchObject({ bucket: 'contestkit', endpoint: 'http://minio:9000', forcePathStyle: true })
      expect(env.secret).toBe(operator.PAYLOAD_SECRET)
    }
  })

  it('refuses to start without the secrets rather than with a default', () => {
    expect(() => environmentOf('app', { ...operator, PAYLOAD_SECRET: '' })).toThrow(/PAYLOAD_SECRET/)
    expect(() => environmentOf('app', { ...operator, S3_SECRET_ACCESS_KEY: '' })).not.toThrow()
    expect(() => interpolate(compose.services.minio.environment!.MINIO_ROOT_PASSWORD, { ...operator, S3_SECRET_ACCESS_KEY: '' })).toThrow(
      /S3_SECRET_ACCESS_KEY/,
    )
  })

  it('makes the app and the worker one installation: same database, secret, bucket, cache and mail', () => {
    const app = environmentOf('app')
    const worker = environmentOf('worker')
    for (const name of ['DATABASE_URL', 'PAYLOAD_SECRET', 'SERVER_URL', 'REDIS_URL', 'EMAIL_FROM', 'SMTP_HOST']) {
      expect(worker[name], name).toBe(app[name])
    }
    for (const name of Object.keys(app).filter((key) => key.startsWith('S3_'))) expect(worker[name], name).toBe(app[name])
  })

  it('runs the job queue in the one worker only, so no email is sent twice', () => {
    expect(readEnv(environmentOf('app')).jobs.autoRun).toBe(false)
    expect(readEnv(environmentOf('worker')).jobs.autoRun).toBe(true)
    expect(compose.services.worker.build).toMatchObject({ target: 'worker' })
    expect(dockerfile).toMatch(/^FROM build AS worker$/m)
    expect(dockerfile).toMatch(/^CMD \["npm", "run", "jobs:worker"\]$/m)
    expect(JSON.parse(read('package.json')).scripts['jobs:worker']).toBeTruthy()
  })

  it("checks the app's readiness (an endpoint that exists), and waits for the database, the bucket and the app in order", () => {
    expect(compose.services.app.healthcheck?.test.join(' ')).toContain(`/api${readinessEndpoint.path}`)
    expect(dockerfile).toContain(`/api${readinessEndpoint.path}`)
    expect(healthEndpoint.path).toBe('/health')
    expect(compose.services.app.depends_on).toMatchObject({
      'minio-bucket': { condition: 'service_completed_successfully' },
      mongo: { condition: 'service_healthy' },
    })
    expect(compose.services.worker.depends_on).toMatchObject({ app: { condition: 'service_healthy' } })
    expect(compose.services.mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
  })

  it('gives a graceful stop more time than the server takes to drain (SHUTDOWN_TIMEOUT_SECONDS, 25 s)', () => {
    expect(Number(/^(\d+)s$/.exec(compose.services.app.stop_grace_period ?? '')?.[1])).toBeGreaterThan(25)
    expect(dockerfile).toMatch(/^STOPSIGNAL SIGTERM$/m)
  })
})

describe('Dockerfile', () => {
  it('starts server.js with the page memory loaded first, as `npm start` does, and copies what it loads', () => {
    const preload = './src/http/pageMemoryPreload.mjs'
    expect(dockerfile).toMatch(/^CMD \["node", "--import=\.\/src\/http\/pageMemoryPreload\.mjs", "server\.js"\]$/m)
    expect(JSON.parse(read('package.json')).scripts.start).toContain(`--import=${preload}`)
    // The preload and what it imports, outside the traced standalone output.
    const copied = /^COPY --from=build \S+ (.+) \.\/src\/http\/$/m.exec(dockerfile)?.[1].split(' ') ?? []
    for (const file of ['pageMemoryPreload.mjs', 'pageMemory.mjs', 'pagePolicies.mjs']) expect(copied).toContain(`/app/src/http/${file}`)
    const imports = [
      ...read('src/http/pageMemoryPreload.mjs').matchAll(/from '\.\/([^']+)'/g),
      ...read('src/http/pageMemory.mjs').matchAll(/from '\.\/([^']+)'/g),
    ]
    for (const [, file] of imports) expect(copied).toContain(`/app/src/http/${file}`)
  })

  it('runs Node 24 LTS, the major version .nvmrc names, as a user without root', () => {
    expect(dockerfile).toMatch(/^FROM node:24-bookworm-slim AS base$/m)
    expect(read('.nvmrc').trim()).toBe('24')
    expect(dockerfile).toMatch(/^USER contestkit$/m)
  })
})
