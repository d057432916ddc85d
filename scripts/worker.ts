/**
 * `npm run jobs:worker`: runs the job queue (emails) outside the web server, for deployments
 * that start their web servers with JOBS_AUTORUN=false. Same environment as the server.
 * Runs through scripts/run.mjs (see there for why not Payload's CLI).
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { readEnv } from '../src/config/env'

const INTERVAL_MS = Number(process.env.JOBS_WORKER_INTERVAL_MS || 5000)
const { schedules } = readEnv().jobs

// cron: false — this process runs the queue itself; the config's autoRun cron stays off here.
const payload = await getPayload({ config, cron: false, disableOnInit: true } as Parameters<typeof getPayload>[0])
payload.logger.info(`Job worker running the default queue every ${INTERVAL_MS / 1000} s.`)

let running: Promise<void> | undefined
let stopping = false
const tick = async () => {
  if (running || stopping) return
  running = run()
  await running
  running = undefined
}
const run = async () => {
  try {
    // Queues the scheduled sweeps (announcements, reminders) when they are due, as autoRun does in the server.
    if (schedules) await payload.jobs.handleSchedules({ queue: 'default' })
    await payload.jobs.run({ limit: 20, queue: 'default' })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Job worker: a run failed; trying again at the next tick.' })
  }
}

const timer = setInterval(() => void tick(), INTERVAL_MS)
void tick()
// SIGTERM (a deploy, `docker stop`): start no new run, let the running one finish (a job cut
// off half-way stays `processing` and is retried: an email sent twice), close the database.
// A signal to the process group arrives twice (directly and forwarded by scripts/run.mjs): the
// listener stays so that the second one does not kill the process half-way.
const SHUTDOWN_SECONDS = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS || 25)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return
    stopping = true
    clearInterval(timer)
    payload.logger.info(`${signal}: finishing the running job, then stopping (at most ${SHUTDOWN_SECONDS} s).`)
    setTimeout(() => {
      payload.logger.error(`The job worker did not stop within ${SHUTDOWN_SECONDS} s (SHUTDOWN_TIMEOUT_SECONDS); exiting anyway.`)
      process.exit(1)
    }, SHUTDOWN_SECONDS * 1000).unref()
    await running
    await payload.destroy()
    payload.logger.info('Job worker stopped.')
    process.exit(0)
  })
}
