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

let running = false
const tick = async () => {
  if (running) return
  running = true
  try {
    // Queues the scheduled sweeps (announcements, reminders) when they are due, as autoRun does in the server.
    if (schedules) await payload.jobs.handleSchedules({ queue: 'default' })
    await payload.jobs.run({ limit: 20, queue: 'default' })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Job worker: a run failed; trying again at the next tick.' })
  } finally {
    running = false
  }
}

const timer = setInterval(() => void tick(), INTERVAL_MS)
void tick()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    clearInterval(timer)
    await payload.destroy()
    process.exit(0)
  })
}
