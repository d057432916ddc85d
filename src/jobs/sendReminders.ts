import type { TaskConfig } from 'payload'

import type { ContestKitEnv } from '../config/env'

import { sweepReminders } from '../reminders/sweep'

/**
 * The reminders sweep (src/reminders/sweep.ts), on Payload's job schedule (`REMINDERS_CRON`,
 * every ten minutes by default; `off` turns it off). Each reminder goes once per person, however
 * often or on how many instances this runs.
 */
export const sendRemindersTask = (env: Pick<ContestKitEnv, 'reminders' | 'serverUrl'>): TaskConfig<'sendReminders'> => ({
  slug: 'sendReminders',
  handler: async ({ req }) => {
    const queued = await sweepReminders(req, new Date(), env.serverUrl)
    return { output: { queued: queued.length } }
  },
  label: 'Send reminders',
  outputSchema: [{ name: 'queued', type: 'number' }],
  ...(env.reminders.cron ? { schedule: [{ cron: env.reminders.cron, queue: 'default' }] } : {}),
})
