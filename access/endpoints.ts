import type { PayloadRequest } from 'payload'

import { refuse } from '../src/shared/refusals'
import { isCommittee } from './roles'

/**
 * Guards for custom endpoints, read as sentences at the top of a handler. Anonymous callers get
 * a 401 (log in), everyone else who may not a 403, each with a sentence saying what is needed.
 */
export const requireCommittee = (req: PayloadRequest, refusal: { anonymous: string; other: string }): void => {
  if (!isCommittee(req.user)) throw refuse(req.user ? 403 : 401, req.user ? refusal.other : refusal.anonymous)
}

/** The logged-in user, or a 401 saying what to log in for. */
export const requireUser = (req: PayloadRequest, toDoWhat: string): NonNullable<PayloadRequest['user']> => {
  if (!req.user) throw refuse(401, `Log in to ${toDoWhat}.`)
  return req.user
}
