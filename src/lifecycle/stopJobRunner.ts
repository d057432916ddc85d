import type { Payload } from 'payload'

/** A Payload job-runner cron (croner): `isBusy()` is true while a run it started is still going. */
type JobCron = { isBusy: () => boolean; stop: () => void }

const POLL_MS = 100

/**
 * Stops the in-process job runner from starting another run, and resolves once the run in
 * progress (emails being sent, a sweep) has finished: cut off half-way, a job would stay marked
 * `processing` and be retried — an email sent twice.
 */
export const stopJobRunner = async (payload: Payload): Promise<void> => {
  const crons = payload.crons as unknown as JobCron[]
  for (const cron of crons) cron.stop()
  while (crons.some((cron) => cron.isBusy())) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
}
