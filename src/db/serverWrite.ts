import type { PayloadRequest, RequestContext } from 'payload'

const SERVER_WRITE = 'serverWrite'

/**
 * Runs `write` as a change the server makes on its own authority (promoting a waitlisted team,
 * recording that a team advanced), which the team-edit rules let through.
 *
 * Not passed as `context` to the Local API call: Payload merges that into `req.context` for the
 * rest of the request, so the flag would leak into every later operation of the same request
 * (it once turned a rejected team's email into "you have a place", and would let the next rows
 * of a bulk change skip the rules). Here it is set for the duration of `write` only.
 */
export const asServerWrite = async <T>(req: PayloadRequest, write: () => Promise<T>, kind: ServerWriteKind = 'server'): Promise<T> => {
  const before = req.context
  req.context = { ...before, [SERVER_WRITE]: kind }
  try {
    return await write()
  } finally {
    req.context = before
  }
}

/**
 * `member-binding`: a member accepting their invitation (hooks that manage members leave it alone);
 * `confirmed-email-change`: an account's email changing after its confirmation link was opened;
 * `waitlist-promotion`: a waitlisted team taking a place another gave back, decided by the server
 * alone (its audit event has no actor, though a person's change set it off).
 */
export type ServerWriteKind = 'confirmed-email-change' | 'member-binding' | 'server' | 'waitlist-promotion'

export const isServerWrite = (context: RequestContext): boolean => context[SERVER_WRITE] !== undefined
export const isMemberBinding = (context: RequestContext): boolean => context[SERVER_WRITE] === 'member-binding'
export const isWaitlistPromotion = (context: RequestContext): boolean => context[SERVER_WRITE] === 'waitlist-promotion'
export const isConfirmedEmailChange = (context: RequestContext): boolean => context[SERVER_WRITE] === 'confirmed-email-change'
