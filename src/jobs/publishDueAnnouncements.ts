import type { TaskConfig } from 'payload'

import { dispatchDueAnnouncements } from '../announcements/dispatch'

/**
 * Every minute (Payload's job schedules; the server's job runner queues and runs it, see
 * `jobs.autoRun` in payload.config.ts): queues the emails of announcements whose publish time
 * has come. Announcements published at save are queued by their save already.
 */
export const publishDueAnnouncementsTask = (): TaskConfig<'publishDueAnnouncements'> => ({
  slug: 'publishDueAnnouncements',
  handler: async ({ req }) => {
    const dispatched = await dispatchDueAnnouncements(req, new Date())
    return { output: { dispatched } }
  },
  label: 'Publish due announcements',
  outputSchema: [{ name: 'dispatched', type: 'number' }],
  schedule: [{ cron: '* * * * *', queue: 'default' }],
})
