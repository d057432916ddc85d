import { renderEmailHtml } from './layout'

type Recipient = { name?: null | string } | null | undefined

const greeting = (user: Recipient): string => (user?.name ? `Hi ${user.name},` : 'Hi,')

export const VERIFICATION_SUBJECT = 'Verify your ContestKit email address'
export const PASSWORD_RESET_SUBJECT = 'Reset your ContestKit password'

export const verificationEmailHtml = (serverUrl: string, token: string, user: Recipient): string =>
  renderEmailHtml({
    action: { label: 'Verify my email', url: `${serverUrl}/verify-email?token=${encodeURIComponent(token)}` },
    footer: 'If you did not create a ContestKit account, ignore this email: nothing happens without the link.',
    heading: 'Verify your email address',
    paragraphs: [
      greeting(user),
      'Thanks for signing up to ContestKit. Verify your email address to log in and register your team.',
    ],
  })

export const passwordResetEmailHtml = (serverUrl: string, token: string, user: Recipient): string =>
  renderEmailHtml({
    action: { label: 'Choose a new password', url: `${serverUrl}/reset-password?token=${encodeURIComponent(token)}` },
    footer: 'If you did not ask to reset your password, ignore this email: your password stays as it is.',
    heading: 'Reset your password',
    paragraphs: [greeting(user), 'Someone asked to reset the password of your ContestKit account. The link works for one hour.'],
  })
