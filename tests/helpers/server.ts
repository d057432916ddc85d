import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { Mailbox } from './mailbox'

const root = path.resolve(import.meta.dirname, '../..')
// One per test run: instances of one deployment create the same first admin.
const ADMIN_PASSWORD = `admin-${crypto.randomBytes(6).toString('hex')}`

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const newestSource = (dir: string): number => {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

const buildIsFresh = () => {
  const buildId = path.join(root, '.next/BUILD_ID')
  const sources = Math.max(
    ...['src', 'collections', 'hooks', 'access'].map((dir) => newestSource(path.join(root, dir))),
    ...['payload.config.ts', 'next.config.mjs', 'cache-handler.mjs'].map((file) => fs.statSync(path.join(root, file)).mtimeMs),
  )
  return fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > sources
}

// Held while building: the browser and production projects may run at the same time, and two
// builds at once refuse each other. A lock left by a killed run is taken over after an hour.
const BUILD_LOCK = path.join(root, 'node_modules/.cache/contestkit-build.lock')

/**
 * The browser and production tests drive the production build (what users get). It is built
 * here when missing or older than the sources, so `npm test` works on a fresh checkout.
 */
export const ensureProductionBuild = () => {
  if (buildIsFresh()) return
  fs.mkdirSync(path.dirname(BUILD_LOCK), { recursive: true })
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK)
      break
    } catch {
      const takenAt = fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()
      if (Date.now() - takenAt > 3_600_000) fs.rmSync(BUILD_LOCK, { force: true, recursive: true })
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000)
    }
  }
  try {
    // Another run may have built it while this one waited.
    if (buildIsFresh()) return
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' })
    if (result.status !== 0) throw new Error('npm run build failed; the browser and production tests need a production build')
  } finally {
    fs.rmSync(BUILD_LOCK, { force: true, recursive: true })
  }
}

export type RunningServer = Awaited<ReturnType<typeof startServer>>

export type ServerOptions = {
  /** The database; a fresh SQLite file in the server's folder when not given. */
  databaseUrl?: string
  /** A data folder to start on (database `contestkit.db` and `uploads/`), kept at stop; default: a fresh one, removed at stop. */
  dir?: string
  /** More environment (REDIS_URL, JOBS_AUTORUN …), over the defaults below. */
  env?: Record<string, string>
  /** Shared by several servers: one SMTP catcher, one secret (tokens), one uploads folder. */
  mailbox?: Mailbox
  secret?: string
  /** The SERVER_URL it is told, when not the address it listens on. */
  serverUrl?: string
  uploadsDir?: string
}

/**
 * `npm start` on a fresh SQLite database (migrated by the start itself), with a real SMTP
 * server catching the emails and a first admin from ADMIN_EMAIL / ADMIN_PASSWORD. Several
 * instances of one deployment share `databaseUrl`, `mailbox`, `secret` and `uploadsDir`;
 * what is shared is left for its owner to stop. SERVER_URL is the address it listens on, unless
 * `serverUrl` says another (a site behind a proxy or reached on another port).
 */
export const startServer = async (options: ServerOptions = {}) => {
  ensureProductionBuild()
  const dir = options.dir ?? (await fsp.mkdtemp(path.join(os.tmpdir(), 'contestkit-browser-')))
  const mailbox = options.mailbox ?? new Mailbox()
  if (!options.mailbox) await mailbox.start()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const admin = { email: 'admin@browser.test', password: ADMIN_PASSWORD }
  const child: ChildProcess = spawn('npm', ['start', '--', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      CONTESTKIT_DATA_DIR: dir,
      DATABASE_URL: options.databaseUrl ?? `file:${path.join(dir, 'contestkit.db')}`,
      EMAIL_FROM: 'ContestKit <no-reply@browser.test>',
      JOBS_CRON: '* * * * * *',
      // SERVER_LOG_LEVEL=info shows refusals in server.log() while debugging a browser test.
      LOG_LEVEL: process.env.SERVER_LOG_LEVEL ?? 'warn',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: options.secret ?? crypto.randomBytes(32).toString('hex'),
      SERVER_URL: options.serverUrl ?? url,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.port),
      SMTP_SECURE: 'false',
      UPLOADS_DIR: options.uploadsDir ?? path.join(dir, 'uploads'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const deadline = Date.now() + 120_000
  for (;;) {
    const ready = await fetch(`${url}/api/competitions`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ready) break
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`The server did not start:\n${log.slice(-4000)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }

  const api = async (method: string, apiPath: string, body?: unknown, token?: string) => {
    const response = await fetch(`${url}/api${apiPath}`, {
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      headers: {
        ...(body instanceof FormData || body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      method,
    })
    return { body: (await response.json().catch(() => ({}))) as any, status: response.status }
  }
  const login = async (email: string, password: string) => (await api('POST', '/users/login', { email, password })).body.token as string

  /** A verified participant made as a person would: sign up, open the emailed link, log in. Returns the login token. */
  const verifiedParticipant = async (email: string, password: string, name = 'Participant') => {
    const signUp = await api('POST', '/users', { email, name, password })
    if (signUp.status !== 201) throw new Error(`sign-up of ${email}: ${signUp.status} ${JSON.stringify(signUp.body)}`)
    const mail = await mailbox.waitFor(email, (m) => /Verify/.test(m.subject), 30_000)
    const token = new URL(/http\S+verify-email\?token=[^\s)]+/.exec(mail.text)![0]).searchParams.get('token')
    const verified = await api('POST', `/users/verify/${token}`)
    if (verified.status !== 200) throw new Error(`verifying ${email}: ${verified.status} ${JSON.stringify(verified.body)}`)
    return login(email, password)
  }

  const exited = new Promise<{ code: null | number; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )

  /** SIGTERM to `npm start` and everything it started (as `docker stop` or a terminal would); resolves with how it ended. */
  const terminate = () => {
    process.kill(-child.pid!, 'SIGTERM')
    return exited
  }

  const stop = async () => {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    if (!options.mailbox) await mailbox.stop()
    if (!options.dir) await fsp.rm(dir, { force: true, recursive: true })
  }

  return {
    admin,
    api,
    /** Its own SQLite file (not used when `databaseUrl` names another database). */
    databaseFile: path.join(dir, 'contestkit.db'),
    dir,
    log: () => log,
    /** The process group of `npm start` and the server it runs (for a benchmark's CPU accounting). */
    processGroup: child.pid as number,
    uploads: options.uploadsDir ?? path.join(dir, 'uploads'),
    login,
    mailbox,
    stop,
    terminate,
    url,
    verifiedParticipant,
  }
}
