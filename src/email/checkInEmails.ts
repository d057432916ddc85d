import type { EmailMessage } from './registrationEmails'

import { renderEmailHtml } from './layout'

export const CHECK_IN_TICKET_SUBJECT_PREFIX = 'Your check-in ticket for'

/**
 * A member's personal ticket for an on-site stage. The code is written out so it can be typed
 * at the desk; the QR code is on the dashboard (many mail clients block inline images).
 */
export const checkInTicketEmail = (facts: {
  code: string
  competitionTitle: string
  dashboardUrl: string
  name?: null | string
  stageName: string
  teamName: string
}): EmailMessage => ({
  html: renderEmailHtml({
    action: { label: 'Show my ticket', url: facts.dashboardUrl },
    footer: 'The ticket is personal: it checks in you alone. Do not share the code.',
    heading: `Your ticket for ${facts.stageName}`,
    paragraphs: [
      facts.name ? `Hi ${facts.name},` : 'Hi,',
      `${facts.teamName} takes part in "${facts.stageName}" of ${facts.competitionTitle} on site. Show the QR code on your dashboard at the check-in desk, or give this code: ${facts.code}`,
    ],
  }),
  subject: `${CHECK_IN_TICKET_SUBJECT_PREFIX} ${facts.stageName} (${facts.competitionTitle})`,
})
