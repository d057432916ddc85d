import type { User } from '../../src/payload-types'
import type { TestApp, TestUser } from './app'
import type { ReceivedEmail } from './mailbox'

import { INVITATION_SUBJECT_PREFIX } from '../../src/email/invitationEmails'
import { SERVER_URL } from './app'

const LINK = new RegExp(`${SERVER_URL}/(id|en)/invitations/([A-Za-z0-9_-]+)`)

export const isInvitation = (email: ReceivedEmail) => email.subject.startsWith(INVITATION_SUBJECT_PREFIX)

export const invitationTokenIn = (email: ReceivedEmail): string => {
  const match = LINK.exec(email.text)
  if (!match) throw new Error(`no invitation link in: ${email.text}`)
  return match[2]
}

/** The token of the newest invitation emailed to `to`, waiting for at least `count` of them. */
export const latestInvitationToken = async (app: TestApp, to: string, count = 1): Promise<string> => {
  const deadline = Date.now() + 15_000
  for (;;) {
    const invitations = app.mailbox.for(to).filter(isInvitation)
    if (invitations.length >= count) return invitationTokenIn(invitations[invitations.length - 1])
    if (Date.now() > deadline) throw new Error(`expected ${count} invitation(s) to ${to}, got ${invitations.length}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export const acceptInvitation = (app: TestApp, token: unknown, user?: TestUser) =>
  app.rest.post('/invitations/accept', { body: { token }, token: user?.token })

/** The member with this email signs up (verified) and accepts their emailed invitation. */
export const joinTeam = async (app: TestApp, email: string, data: Partial<User> = {}): Promise<TestUser> => {
  const member = await app.createUser('participant', { email, ...data })
  const accepted = await acceptInvitation(app, await latestInvitationToken(app, email), member)
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`)
  return member
}
