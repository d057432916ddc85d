import type { TaskConfig } from 'payload'

import type { ContestKitEnv } from '../config/env'

import { longestRateLimitWindowMs } from '../config/rateLimits'
import { forgetEndedRateLimits } from '../db/forgetEndedRateLimits'

/**
 * Hourly, on Payload's job schedule: forgets the rate-limit counts whose window has ended
 * (src/db/forgetEndedRateLimits.ts), so the table holds only what is still being counted.
 * Any number of instances may run it: deleting ended windows twice changes nothing.
 */
export const forgetEndedRateLimitsTask = (env: Pick<ContestKitEnv, 'rateLimits'>): TaskConfig<'forgetEndedRateLimits'> => ({
  slug: 'forgetEndedRateLimits',
  handler: async ({ req }) => {
    const cutoff = await forgetEndedRateLimits(req, new Date(), longestRateLimitWindowMs(env.rateLimits))
    return { output: { endedBefore: cutoff.toISOString() } }
  },
  label: 'Forget ended rate-limit windows',
  outputSchema: [{ name: 'endedBefore', type: 'text' }],
  schedule: [{ cron: '17 * * * *', queue: 'default' }],
})
