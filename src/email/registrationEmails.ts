import { renderEmailHtml } from './layout'

const rupiah = (amount: number): string => (amount > 0 ? `Rp${new Intl.NumberFormat('id-ID').format(amount)}` : 'nothing (free entry)')

export type RegistrationEmailFacts = {
  code: string
  competitionTitle: string
  feeDue: number
  leaderName?: null | string
  note?: null | string
  serverUrl: string
  teamName: string
}

export type RegistrationEmailKind = 'needs-revision' | 'promoted' | 'received' | 'rejected' | 'verified' | 'waitlisted'

export type EmailMessage = { html: string; subject: string }

const dashboard = (serverUrl: string) => ({ label: 'Open my registrations', url: `${serverUrl}/dashboard` })

/** The emails a team gets about its registration; one place for their wording. */
export const registrationEmail = (kind: RegistrationEmailKind, facts: RegistrationEmailFacts): EmailMessage => {
  const hello = facts.leaderName ? `Hi ${facts.leaderName},` : 'Hi,'
  const team = `${facts.teamName} (${facts.code})`
  const fee =
    facts.feeDue > 0
      ? `The fee due is ${rupiah(facts.feeDue)}; the committee checks the payment proof you uploaded.`
      : 'This competition is free to enter.'
  switch (kind) {
    case 'received':
      return {
        html: renderEmailHtml({
          action: dashboard(facts.serverUrl),
          heading: `Registration received: ${facts.code}`,
          paragraphs: [
            hello,
            `We received the registration of ${team} for ${facts.competitionTitle}.`,
            fee,
            'What happens next: the committee checks your documents. You will get an email when your team is verified, or if something needs fixing.',
          ],
        }),
        subject: `[${facts.code}] Registration received for ${facts.competitionTitle}`,
      }
    case 'waitlisted':
      return {
        html: renderEmailHtml({
          action: dashboard(facts.serverUrl),
          heading: `You are on the waitlist: ${facts.code}`,
          paragraphs: [
            hello,
            `${facts.competitionTitle} is full, so ${team} is on the waitlist.`,
            'If a place frees up, the oldest team on the waitlist gets it at once and is emailed.',
          ],
        }),
        subject: `[${facts.code}] Waitlisted for ${facts.competitionTitle}`,
      }
    case 'promoted':
      return {
        html: renderEmailHtml({
          action: dashboard(facts.serverUrl),
          heading: `A place opened up: ${facts.code}`,
          paragraphs: [
            hello,
            `A place in ${facts.competitionTitle} opened up and ${team} has it. Your registration is now pending review.`,
            fee,
          ],
        }),
        subject: `[${facts.code}] You have a place in ${facts.competitionTitle}`,
      }
    case 'verified':
      return {
        html: renderEmailHtml({
          action: dashboard(facts.serverUrl),
          heading: `Verified: ${facts.code}`,
          paragraphs: [hello, `${team} is verified for ${facts.competitionTitle}. Good luck!`],
        }),
        subject: `[${facts.code}] Your team is verified for ${facts.competitionTitle}`,
      }
    case 'needs-revision':
      return {
        html: renderEmailHtml({
          action: dashboard(facts.serverUrl),
          heading: `Please fix your registration: ${facts.code}`,
          paragraphs: [
            hello,
            `The committee of ${facts.competitionTitle} asks you to fix the registration of ${team}:`,
            facts.note ?? '',
            'Edit your registration and save it; it goes back to the committee for review.',
          ],
        }),
        subject: `[${facts.code}] Action needed on your registration for ${facts.competitionTitle}`,
      }
    case 'rejected':
      return {
        html: renderEmailHtml({
          heading: `Registration rejected: ${facts.code}`,
          paragraphs: [
            hello,
            `The committee of ${facts.competitionTitle} rejected the registration of ${team}:`,
            facts.note ?? '',
            'Contact the committee if you think this is a mistake.',
          ],
        }),
        subject: `[${facts.code}] Registration rejected for ${facts.competitionTitle}`,
      }
  }
}
