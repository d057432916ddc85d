import type { EmailAdapter, SendEmailOptions } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import type { ContestKitEnv } from '../config/env'

import { htmlToText } from './htmlToText'

/** "ContestKit <no-reply@example.org>" → name and address. */
export const parseFromAddress = (from: string): { address: string; name: string } => {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from)
  if (match) return { address: match[2].trim(), name: match[1].trim() || 'ContestKit' }
  return { address: from.trim(), name: 'ContestKit' }
}

/** Every email leaves with a plain-text part, derived from its HTML when the sender gave none. */
export const withTextPart = (message: SendEmailOptions): SendEmailOptions =>
  !message.text && typeof message.html === 'string' ? { ...message, text: htmlToText(message.html) } : message

/**
 * Development without SMTP: emails are written to the log (recipient, subject and the text,
 * which carries every link) instead of being sent anywhere.
 */
const logEmailAdapter =
  (from: { address: string; name: string }): EmailAdapter =>
  ({ payload }) => ({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    name: 'contestkit-log',
    sendEmail: async (message) => {
      const { subject, text, to } = withTextPart(message)
      payload.logger.info(
        `Email not sent (SMTP_HOST is not set)\n  to: ${JSON.stringify(to)}\n  subject: ${subject}\n${String(text ?? '')
          .split('\n')
          .map((line) => `  | ${line}`)
          .join('\n')}`,
      )
      return { logged: true }
    },
  })

export const emailAdapter = async (env: ContestKitEnv): Promise<EmailAdapter> => {
  const from = parseFromAddress(env.emailFrom)
  if (!env.smtp) return logEmailAdapter(from)
  const smtp = env.smtp
  const nodemailer = await nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    // Verifying at start would make the whole app wait on (or fail with) the mail server.
    skipVerify: true,
    transportOptions: {
      auth: smtp.user ? { pass: smtp.pass, user: smtp.user } : undefined,
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
    },
  })
  return (args) => {
    const adapter = nodemailer(args)
    return { ...adapter, sendEmail: (message) => adapter.sendEmail(withTextPart(message)) }
  }
}
