import type { Payload, SanitizedConfig } from 'payload'

import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import type { User } from '../../src/payload-types'

import { freshDatabase } from './database'
import { Mailbox } from './mailbox'

export const SERVER_URL = 'http://localhost:3000'
/** A separate front-end the tests configure as trusted (CORS_ORIGINS). */
export const TRUSTED_FRONTEND = 'https://frontend.example.test'

export type ApiResponse<T = any> = { body: T; headers: Headers; status: number }

type RequestOptions = {
  body?: unknown
  form?: FormData
  headers?: Record<string, string>
  token?: string
}

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export type TestUser = { password: string; token: string; user: User }

export type TestApp = Awaited<ReturnType<typeof startApp>>

/**
 * Boots ContestKit for one test file: a fresh database, a private uploads folder, a real SMTP
 * server, and Payload initialised from the project's own payload.config.ts. Requests go through
 * the same Next.js route modules the app serves (src/app/(payload)/api/...).
 */
export const startApp = async (options: { env?: Record<string, string>; rewriteDatabaseUrl?: (url: string) => string } = {}) => {
  const database = await freshDatabase()
  const uploads = await fs.mkdtemp(path.join(os.tmpdir(), 'contestkit-uploads-'))
  const mailbox = new Mailbox()
  await mailbox.start()

  Object.assign(process.env, {
    CORS_ORIGINS: TRUSTED_FRONTEND,
    // A test may reach the database through a relay it can cut (tests/helpers/tcpProxy.ts).
    DATABASE_URL: options.rewriteDatabaseUrl ? options.rewriteDatabaseUrl(database.url) : database.url,
    EMAIL_FROM: 'ContestKit Test <no-reply@contestkit.test>',
    // The job queue (emails) runs every second, as the server runs it every few seconds.
    JOBS_AUTORUN: 'true',
    JOBS_CRON: '* * * * * *',
    // Tests run the scheduled sweeps themselves, with a clock of their own. A reminders sweep on
    // the real clock would remind other tests' teams whose deadlines fall within a day (those
    // tests count emails), and the scheduler's writes would join SQLite's writers in every file.
    // tests/integration/announcements.test.ts turns schedules on.
    JOBS_SCHEDULES: 'false',
    // Refusals are logged at info; set LOG_LEVEL=info to see them while debugging a test.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    // Test requests carry no client address and log in many times: limits are off unless a
    // test turns them on (tests/security/rate-limits.test.ts).
    RATE_LIMITS: 'off',
    SERVER_URL,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    SMTP_SECURE: 'false',
    UPLOADS_DIR: uploads,
    ...options.env,
  })

  const config: SanitizedConfig = await (await import('../../payload.config')).default
  const payload: Payload = await getPayload({ config })
  const restRoute = (await import('../../src/app/(payload)/api/[...slug]/route')) as unknown as Record<string, RouteHandler>
  const graphqlRoute = (await import('../../src/app/(payload)/api/graphql/route')) as unknown as {
    POST: (request: Request) => Promise<Response>
  }

  const request = async <T = any>(method: string, apiPath: string, options: RequestOptions = {}): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    let body: BodyInit | undefined
    if (options.form) {
      // Encoded up front, as bytes arrive from a real client. Passed as FormData, undici streams it
      // while the handler reads; a handler that refuses before reading it all (a bad file name)
      // leaves undici writing into a closed stream: an unhandled rejection on Node 24.
      const encoded = new Response(options.form)
      headers['Content-Type'] = encoded.headers.get('content-type') as string
      body = await encoded.arrayBuffer()
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    const url = `${SERVER_URL}/api${apiPath}`
    const slug = apiPath.split('?')[0].split('/').filter(Boolean).map(decodeURIComponent)
    const handler = restRoute[method]
    const response = await handler(new Request(url, { body, headers, method }), { params: Promise.resolve({ slug }) })
    const type = response.headers.get('content-type') ?? ''
    const parsed = type.includes('application/json') ? await response.json() : Buffer.from(await response.arrayBuffer())
    return { body: parsed as T, headers: response.headers, status: response.status }
  }

  const rest = {
    delete: <T = any>(p: string, o?: RequestOptions) => request<T>('DELETE', p, o),
    get: <T = any>(p: string, o?: RequestOptions) => request<T>('GET', p, o),
    patch: <T = any>(p: string, o?: RequestOptions) => request<T>('PATCH', p, o),
    post: <T = any>(p: string, o?: RequestOptions) => request<T>('POST', p, o),
  }

  const graphql = async <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `JWT ${token}`
    const response = await graphqlRoute.POST(
      new Request(`${SERVER_URL}/api/graphql`, { body: JSON.stringify({ query, variables }), headers, method: 'POST' }),
    )
    return { body: (await response.json()) as { data?: T; errors?: { message: string }[] }, status: response.status }
  }

  const login = async (email: string, password: string): Promise<string> => {
    const response = await rest.post('/users/login', { body: { email, password } })
    if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body.token as string
  }

  /** A verified account with the given role, created as an admin would, and logged in through REST. */
  const createUser = async (role: User['role'], data: Partial<User> = {}): Promise<TestUser> => {
    const password = `pw-${crypto.randomBytes(8).toString('hex')}`
    const email = data.email ?? `${role}-${crypto.randomBytes(4).toString('hex')}@example.test`
    const user = await payload.create({
      collection: 'users',
      data: { _verified: true, email, name: `${role} ${email.split('@')[0]}`, password, role, ...data },
      disableVerificationEmail: true,
    })
    return { password, token: await login(email, password), user }
  }

  const close = async () => {
    await payload.destroy()
    await closePostgresPool(payload.db)
    await mailbox.stop()
    await database.drop()
    await fs.rm(uploads, { force: true, recursive: true })
  }

  return { close, config, createUser, database, graphql, login, mailbox, payload, rest, uploads }
}

type PgClient = { on: (event: 'error', listener: (error: unknown) => void) => unknown }
type PgPool = {
  _clients?: PgClient[]
  end: () => Promise<void>
  idleCount: number
  on: (event: 'connect' | 'error', listener: (arg: any) => void) => unknown
  totalCount: number
}

/**
 * Payload's PostgreSQL adapter leaves its pool open after `destroy()`, with one client it checked
 * out at connect and never releases; and the job runner's cron may still be inside a run then
 * (stopping a cron does not wait for it). Dropping the database terminates every connection, and
 * a checked-out pg client without an error listener turns that into an uncaught exception, which
 * failed a CI run once. So: give every client, present and future, a listener; wait (bounded) for
 * work in flight to release its clients; then end the pool and let the drop terminate the rest.
 */
export const closePostgresPool = async (db: unknown): Promise<void> => {
  const pool = (db as { pool?: PgPool }).pool
  if (!pool) return
  const ignore = () => undefined
  pool.on('error', ignore)
  pool.on('connect', (client: PgClient) => client.on('error', ignore))
  for (const client of pool._clients ?? []) client.on('error', ignore)
  const deadline = Date.now() + 10_000
  while (pool.totalCount - pool.idleCount > 1 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  // Never resolves while Payload's pinned client is out; the drop below closes that one.
  void pool.end().catch(ignore)
}

/** Payload's error body: `{ errors: [{ message, data?: { errors: [{ path, message }] } }] }`. */
export const errorMessages = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) => [
    error.message,
    ...((error.data?.errors ?? []) as { message: string; path: string }[]).map((e) => `${e.path}: ${e.message}`),
  ])
