import type { EmailMessage } from './registrationEmails'

import { renderEmailHtml } from './layout'

export type InvitationEmailFacts = {
  code: string
  competitionTitle: string
  leaderName: string
  link: string
  memberName: string
  teamName: string
}

export const INVITATION_SUBJECT_PREFIX = 'You are invited to join'

/** The invitation a team member gets; accepting it is what makes them a member who can submit. */
export const invitationEmail = (facts: InvitationEmailFacts): EmailMessage => ({
  html: renderEmailHtml({
    action: { label: 'Accept the invitation', url: facts.link },
    footer:
      'The link works for seven days and only once. If you do not know this team, ignore this email: nothing happens without the link.',
    heading: `Join ${facts.teamName}`,
    paragraphs: [
      facts.memberName ? `Hi ${facts.memberName},` : 'Hi,',
      `${facts.leaderName} registered ${facts.teamName} (${facts.code}) for ${facts.competitionTitle} and listed you as a member.`,
      'To take part (see the team and submit its work), open the link and accept, logged in with a verified ContestKit account that uses this email address. No account yet? Sign up with this address first.',
    ],
  }),
  subject: `${INVITATION_SUBJECT_PREFIX} ${facts.teamName} (${facts.code})`,
})
