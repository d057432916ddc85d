import type { TaskConfig } from 'payload'

import type { ContestKitEnv } from '../config/env'

import { deliverEmail, type QueuedEmail } from '../email/adapter'

/**
 * Delivers one queued email. A failure (SMTP down, refused) throws, and Payload retries the job
 * with exponential backoff: 2 s, 4 s, 8 s … about 17 minutes over ten attempts.
 */
export const sendEmailTask = (env: Pick<ContestKitEnv, 'emailFrom' | 'smtp'>): TaskConfig<'sendEmail'> => ({
  slug: 'sendEmail',
  handler: async ({ input, req }) => {
    await deliverEmail(req.payload, env, input.message as QueuedEmail)
    return { output: {} }
  },
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  label: 'Send email',
  retries: { attempts: 10, backoff: { delay: 2000, type: 'exponential' } },
})
