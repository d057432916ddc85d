import type { TaskConfig } from 'payload'

import type { ContestKitEnv } from '../config/env'

import { deliverEmail, type QueuedEmail } from '../email/adapter'

/**
 * Delivers one queued email. A failure (SMTP down, refused) throws, and Payload retries the job
 * with exponential backoff: it waits 2^n × 2 s after the n-th failure (2 s, 4 s, 8 s … 2048 s),
 * so eleven retries span 2 s × (2^11 − 1) = 4094 s, about 68 minutes: an SMTP relay down for an
 * hour still gets every email, the last ones up to 34 minutes after it returns.
 */
export const EMAIL_RETRIES = 11

export const sendEmailTask = (env: Pick<ContestKitEnv, 'emailFrom' | 'smtp'>): TaskConfig<'sendEmail'> => ({
  slug: 'sendEmail',
  handler: async ({ input, req }) => {
    await deliverEmail(req.payload, env, input.message as QueuedEmail)
    return { output: {} }
  },
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  label: 'Send email',
  retries: { attempts: EMAIL_RETRIES, backoff: { delay: 2000, type: 'exponential' } },
})
