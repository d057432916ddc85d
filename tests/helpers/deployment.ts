import type { Payload } from 'payload'

import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { freshDatabase } from './database'
import { Mailbox } from './mailbox'
import { type SeededParticipant, seedParticipant } from './participants'
import { type RunningServer, startServer } from './server'

const root = path.resolve(import.meta.dirname, '../..')

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

export type Deployment = Awaited<ReturnType<typeof startDeployment>>

/**
 * Production servers (`next start`) of one deployment: one PostgreSQL database, one uploads
 * folder, one Redis, one secret (tokens), one SMTP catcher; the servers run no jobs (a job
 * worker does: `startWorker`). Also this process's own Payload on the same database (Local
 * API), to seed what HTTP would make slowly. Shared by the production tests and the benches.
 */
export const startDeployment = async (options: { env?: Record<string, string>; instances: number }) => {
  const database = await freshDatabase('postgres')
  const mailbox = new Mailbox()
  await mailbox.start()
  const uploadsDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'contestkit-shared-uploads-'))
  const secret = crypto.randomBytes(32).toString('hex')
  const shared = { databaseUrl: database.url, env: { JOBS_AUTORUN: 'false', REDIS_URL, ...options.env }, mailbox, secret, uploadsDir }

  const servers: RunningServer[] = []
  let worker: ChildProcess | undefined
  let workerLog = ''
  let payload: Payload | undefined

  const stop = async () => {
    if (worker?.pid) process.kill(-worker.pid, 'SIGTERM')
    await payload?.destroy()
    for (const server of servers.splice(0)) await server.stop()
    await mailbox.stop()
    await database.drop().catch(() => undefined)
    await fsp.rm(uploadsDir, { force: true, recursive: true })
  }

  try {
    // The first start migrates the empty database; the others find it migrated.
    for (let index = 0; index < options.instances; index++) servers.push(await startServer(shared))
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'warn',
      // Production: apply the (already applied) migrations, never push a schema onto the servers' database.
      NODE_ENV: 'production',
      PAYLOAD_SECRET: secret,
      UPLOADS_DIR: uploadsDir,
    })
    const config = await (await import('../../payload.config')).default
    payload = await getPayload({ config, cron: false } as Parameters<typeof getPayload>[0])
  } catch (error) {
    await stop()
    throw error
  }

  /** `npm run jobs:worker` on the deployment's database, sending to the mailbox; its output in `workerLog()`. */
  const startWorker = () => {
    worker = spawn('npm', ['run', 'jobs:worker'], {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        EMAIL_FROM: 'ContestKit <no-reply@browser.test>',
        JOBS_WORKER_INTERVAL_MS: '1000',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        PAYLOAD_SECRET: secret,
        REDIS_URL,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mailbox.port),
        SMTP_SECURE: 'false',
        UPLOADS_DIR: uploadsDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    worker.stdout?.on('data', (chunk) => (workerLog += chunk))
    worker.stderr?.on('data', (chunk) => (workerLog += chunk))
  }

  /** `count` verified participants with a document and a token each, seeded twenty at a time through the local Payload. */
  const seedParticipants = async (count: number, emailPrefix: string): Promise<SeededParticipant[]> => {
    const participants: SeededParticipant[] = []
    for (let index = 0; index < count; index += 20) {
      const batch = Array.from({ length: Math.min(20, count - index) }, (_, k) =>
        seedParticipant(payload as Payload, `${emailPrefix}${index + k}@multi.test`),
      )
      participants.push(...(await Promise.all(batch)))
    }
    return participants
  }

  return {
    database,
    mailbox,
    payload: payload as Payload,
    seedParticipants,
    servers,
    startWorker,
    stop,
    uploadsDir,
    workerLog: () => workerLog,
  }
}

export type BurstAnswer = { ms: number; status: number }

/**
 * Every participant registers a one-person team for the competition at the same moment, their
 * requests dealt out to the servers in turn. Answers in the participants' order, each with how
 * long it took.
 */
export const registrationBurst = (
  servers: RunningServer[],
  participants: SeededParticipant[],
  competitionId: string,
): Promise<BurstAnswer[]> =>
  Promise.all(
    participants.map(async (participant, index) => {
      const start = performance.now()
      const response = await servers[index % servers.length].api(
        'POST',
        '/registrations',
        {
          competition: competitionId,
          institution: `Universitas ${index}`,
          members: [{ email: participant.email, name: `Burst ${index}`, studentCard: participant.card, studentId: `NIM${index}` }],
          teamName: `Burst Team ${index}`,
        },
        participant.token,
      )
      return { ms: performance.now() - start, status: response.status }
    }),
  )
