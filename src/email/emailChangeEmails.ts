import type { EmailMessage } from './registrationEmails'

import { renderEmailHtml } from './layout'

export const EMAIL_CHANGE_SUBJECT = 'Confirm your new ContestKit email address'

/** Sent to the new address: the change happens only when this link is used. */
export const emailChangeConfirmation = (facts: { link: string; name?: null | string }): EmailMessage => ({
  html: renderEmailHtml({
    action: { label: 'Confirm my new email', url: facts.link },
    footer: 'If you did not ask for this, ignore this email: the account keeps its current address.',
    heading: 'Confirm your new email address',
    paragraphs: [
      facts.name ? `Hi ${facts.name},` : 'Hi,',
      'Someone (we hope you) asked to use this address for a ContestKit account. Open the link, logged in to that account, to confirm it. Until then the old address stays in use. The link works for 24 hours.',
    ],
  }),
  subject: EMAIL_CHANGE_SUBJECT,
})

/** Sent to the old address, so a stolen session cannot move an account away unnoticed. */
export const emailChangeNotice = (facts: { name?: null | string; newEmail: string }): EmailMessage => ({
  html: renderEmailHtml({
    heading: 'Your email address is about to change',
    paragraphs: [
      facts.name ? `Hi ${facts.name},` : 'Hi,',
      `Someone asked to change the email address of your ContestKit account to ${facts.newEmail}. It changes only once a link sent to that address is opened.`,
      'If this was not you, change your password now and tell the committee.',
    ],
  }),
  subject: 'Your ContestKit email address is about to change',
})
