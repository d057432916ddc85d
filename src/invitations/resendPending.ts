import type { PayloadRequest } from 'payload'

import type { Registration } from '../payload-types'

import { resendWaitSeconds } from '../domain/invitation'
import { emailKey } from '../domain/registration'
import { issueInvitation } from './issueInvitation'

export type ResendOutcome = { sentTo: string[]; waiting: { email: string; seconds: number }[] }

/**
 * A fresh invitation for every member of the team who has not joined yet (the leader is on the
 * team already), as the leader's "resend" does (src/endpoints/invitations.ts): each through
 * issueInvitation, and not again within a minute of the last one to the same address.
 */
export const resendPendingInvitations = async (req: PayloadRequest, registration: Registration): Promise<ResendOutcome> => {
  const outcome: ResendOutcome = { sentTo: [], waiting: [] }
  const now = new Date()
  for (const member of (registration.members ?? []).slice(1)) {
    if (member.user) continue
    const seconds = await resendWaitFor(req, registration.id, member.email, now)
    if (seconds > 0) {
      outcome.waiting.push({ email: member.email, seconds })
      continue
    }
    await issueInvitation(req, registration, member)
    outcome.sentTo.push(member.email)
  }
  return outcome
}

/**
 * Seconds until the member at `email` may be sent another invitation to this team (0: now),
 * from the last one sent (src/domain/invitation.ts resendWaitSeconds). One rule for the leader's
 * resend button and the committee's bulk resend.
 */
export const resendWaitFor = async (req: PayloadRequest, registrationId: number | string, email: string, now: Date): Promise<number> => {
  const { docs: last } = await req.payload.find({
    collection: 'invitations',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    sort: '-sentAt',
    where: { and: [{ registration: { equals: registrationId } }, { email: { equals: emailKey(email) } }] },
  })
  return resendWaitSeconds(last[0]?.sentAt, now)
}
