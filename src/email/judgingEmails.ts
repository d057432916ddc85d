import type { EmailMessage } from './registrationEmails'

import { renderEmailHtml } from './layout'

const hello = (name?: null | string) => (name ? `Hi ${name},` : 'Hi,')

/** A receipt for the member who submitted, with the time the server recorded. */
export const submissionReceiptEmail = (facts: {
  late: boolean
  name?: null | string
  stage: string
  submittedAt: string
}): EmailMessage => {
  const when = new Date(facts.submittedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Jakarta' })
  return {
    html: renderEmailHtml({
      heading: 'Submission received',
      paragraphs: [
        hello(facts.name),
        `We received your team's work for the stage "${facts.stage}" at ${when} WIB${facts.late ? ', after the deadline but within the grace period (marked late)' : ''}.`,
        'You can replace it until the stage closes; earlier versions are kept.',
      ],
    }),
    subject: `Submission received: ${facts.stage}`,
  }
}

/** The team advances from one stage into the next. */
export const advancementEmail = (facts: {
  code: string
  competitionTitle: string
  from: string
  leaderName?: null | string
  teamName: string
  to: string
}): EmailMessage => ({
  html: renderEmailHtml({
    heading: `${facts.teamName} advances to ${facts.to}`,
    paragraphs: [
      hello(facts.leaderName),
      `Congratulations: ${facts.teamName} (${facts.code}) advances from "${facts.from}" to "${facts.to}" in ${facts.competitionTitle}.`,
    ],
  }),
  subject: `[${facts.code}] You advance to ${facts.to}`,
})
