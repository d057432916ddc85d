import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { Mailbox } from './mailbox'

const root = path.resolve(import.meta.dirname, '../..')

const freePort = () =>
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

/**
 * The browser tests drive the production build (what users get). It is built here when
 * missing or older than the sources, so `npm test` works on a fresh checkout.
 */
export const ensureProductionBuild = () => {
  const buildId = path.join(root, '.next/BUILD_ID')
  const sources = Math.max(
    ...['src', 'collections', 'hooks', 'access'].map((dir) => newestSource(path.join(root, dir))),
    ...['payload.config.ts', 'next.config.mjs'].map((file) => fs.statSync(path.join(root, file)).mtimeMs),
  )
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > sources) return
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('npm run build failed; the browser tests need a production build')
}

export type RunningServer = Awaited<ReturnType<typeof startServer>>

/**
 * `npm start` on a fresh SQLite database (migrated by the start itself), with a real SMTP
 * server catching the emails and a first admin from ADMIN_EMAIL / ADMIN_PASSWORD. `env` is
 * added last (a second server on the first one's DATABASE_URL and UPLOADS_DIR, a setting off).
 */
export const startServer = async (options: { env?: Record<string, string> } = {}) => {
  ensureProductionBuild()
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'contestkit-browser-'))
  const mailbox = new Mailbox()
  await mailbox.start()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const databaseFile = path.join(dir, 'contestkit.db')
  const admin = { email: 'admin@browser.test', password: `admin-${crypto.randomBytes(6).toString('hex')}` }
  const child: ChildProcess = spawn('npm', ['start', '--', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      CONTESTKIT_DATA_DIR: dir,
      DATABASE_URL: `file:${databaseFile}`,
      EMAIL_FROM: 'ContestKit <no-reply@browser.test>',
      JOBS_CRON: '* * * * * *',
      // SERVER_LOG_LEVEL=info shows refusals in server.log() while debugging a browser test.
      LOG_LEVEL: process.env.SERVER_LOG_LEVEL ?? 'warn',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      SERVER_URL: url,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.port),
      SMTP_SECURE: 'false',
      UPLOADS_DIR: path.join(dir, 'uploads'),
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

  const stop = async () => {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    await mailbox.stop()
    await fsp.rm(dir, { force: true, recursive: true })
  }

  return { admin, api, databaseFile, log: () => log, uploads: path.join(dir, 'uploads'), login, mailbox, stop, url, verifiedParticipant }
}
