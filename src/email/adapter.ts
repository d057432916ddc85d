import type { EmailAdapter, Payload, PayloadRequest, SendEmailOptions } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import type { ContestKitEnv } from '../config/env'

import { htmlToText } from './htmlToText'

/**
 * Email in ContestKit never blocks or fails a request: every email becomes a `sendEmail` job
 * (src/jobs/sendEmail.ts), retried with backoff until the SMTP server takes it. Delivery itself
 * is `deliverEmail`, used only by that job.
 */

/** "ContestKit <no-reply@example.org>" → name and address. */
export const parseFromAddress = (from: string): { address: string; name: string } => {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from)
  if (match) return { address: match[2].trim(), name: match[1].trim() || 'ContestKit' }
  return { address: from.trim(), name: 'ContestKit' }
}

/** Every email leaves with a plain-text part, derived from its HTML when the sender gave none. */
export const withTextPart = (message: SendEmailOptions): SendEmailOptions =>
  !message.text && typeof message.html === 'string' ? { ...message, text: htmlToText(message.html) } : message

export type QueuedEmail = { html: string; subject: string; text?: string; to: string }

const toQueuedEmail = (message: SendEmailOptions): QueuedEmail => ({
  html: typeof message.html === 'string' ? message.html : '',
  subject: message.subject ?? '',
  text: typeof message.text === 'string' ? message.text : undefined,
  to: Array.isArray(message.to) ? message.to.map(String).join(', ') : String(message.to ?? ''),
})

/**
 * Queues an email as part of the request's transaction: if the request fails, no email is sent.
 */
export const queueEmail = async (req: PayloadRequest, message: QueuedEmail): Promise<void> => {
  await req.payload.jobs.queue({ input: { message }, req, task: 'sendEmail' })
}

/**
 * Payload's own emails (verification, password reset) are sent from inside its operations,
 * without access to their transaction. They are queued on the next tick instead, after the
 * operation has moved on, so that neither an SMTP outage nor SQLite's single writer can hold
 * a sign-up up.
 */
const queueingAdapter =
  (from: { address: string; name: string }): EmailAdapter =>
  ({ payload }) => ({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    name: 'contestkit-queue',
    sendEmail: async (message) => {
      const email = toQueuedEmail(message)
      setImmediate(() => {
        payload.jobs.queue({ input: { message: email }, task: 'sendEmail' }).catch((error: unknown) => {
          payload.logger.error({ err: error, msg: `Could not queue the email "${email.subject}" to ${email.to}` })
        })
      })
      return { queued: true }
    },
  })

export const emailAdapter = (env: ContestKitEnv): EmailAdapter => queueingAdapter(parseFromAddress(env.emailFrom))

type Deliver = (message: SendEmailOptions) => Promise<unknown>

const deliveries = new WeakMap<Payload, Promise<Deliver>>()

const createDelivery = async (payload: Payload, env: Pick<ContestKitEnv, 'emailFrom' | 'smtp'>): Promise<Deliver> => {
  const from = parseFromAddress(env.emailFrom)
  const smtp = env.smtp
  if (!smtp) {
    // Development without SMTP: write the email (its text carries every link) to the log.
    return async (message) => {
      payload.logger.info(
        `Email not sent (SMTP_HOST is not set)\n  to: ${JSON.stringify(message.to)}\n  subject: ${message.subject}\n${String(
          message.text ?? '',
        )
          .split('\n')
          .map((line) => `  | ${line}`)
          .join('\n')}`,
      )
      return { logged: true }
    }
  }
  const adapter = (
    await nodemailerAdapter({
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      // Verifying at start would make the app wait on (or fail with) the mail server.
      skipVerify: true,
      transportOptions: {
        auth: smtp.user ? { pass: smtp.pass, user: smtp.user } : undefined,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        socketTimeout: 20_000,
      },
    })
  )({ payload })
  return (message) => adapter.sendEmail({ from: `"${from.name}" <${from.address}>`, ...message })
}

/** Sends one email now, over SMTP (or to the log). Throws when the server does not take it. */
export const deliverEmail = async (
  payload: Payload,
  env: Pick<ContestKitEnv, 'emailFrom' | 'smtp'>,
  message: QueuedEmail,
): Promise<void> => {
  let deliver = deliveries.get(payload)
  if (!deliver) {
    deliver = createDelivery(payload, env)
    deliveries.set(payload, deliver)
  }
  await (
    await deliver
  )(withTextPart(message))
}
