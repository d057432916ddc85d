import type { PayloadRequest } from 'payload'

import { RATE_LIMITS_SLUG } from './countRequest'

/**
 * Deletes the request counts whose window started before `now - longestWindowMs`: every such
 * window has ended, so the row means nothing (the next request of its key would start again at
 * 1), yet one row stays per client address or email ever seen. Without this the table grows with
 * every address and every email a visitor makes up. One statement on each database.
 * Returns the cutoff.
 */
export const forgetEndedRateLimits = async (req: PayloadRequest, now: Date, longestWindowMs: number): Promise<Date> => {
  const cutoff = new Date(now.getTime() - longestWindowMs)
  await req.payload.db.deleteMany({ collection: RATE_LIMITS_SLUG, req, where: { windowStart: { less_than: cutoff.toISOString() } } })
  return cutoff
}
