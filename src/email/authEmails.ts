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
    paragraphs: [greeting(user), 'Thanks for signing up to ContestKit. Verify your email address to log in and register your team.'],
  })

export const passwordResetEmailHtml = (serverUrl: string, token: string, user: Recipient): string =>
  renderEmailHtml({
    action: { label: 'Choose a new password', url: `${serverUrl}/reset-password?token=${encodeURIComponent(token)}` },
    footer: 'If you did not ask to reset your password, ignore this email: your password stays as it is.',
    heading: 'Reset your password',
    paragraphs: [greeting(user), 'Someone asked to reset the password of your ContestKit account. The link works for one hour.'],
  })

export const SIGN_UP_ATTEMPT_SUBJECT = 'Someone tried to create a ContestKit account with your email'

/**
 * Sent instead of an error when someone signs up with an address that already has an account,
 * so the sign-up answer never tells whether an address is registered.
 */
export const signUpAttemptEmailHtml = (serverUrl: string, user: Recipient): string =>
  renderEmailHtml({
    action: { label: 'Reset my password', url: `${serverUrl}/en/forgot-password` },
    footer: 'If this was not you, ignore this email: no account was created and your password stays as it is.',
    heading: 'You already have an account',
    paragraphs: [
      greeting(user),
      'Someone just tried to create a ContestKit account with your email address. You already have one, so nothing was created.',
      'If it was you, log in with your password; if you forgot it, choose a new one with the button below.',
    ],
  })
