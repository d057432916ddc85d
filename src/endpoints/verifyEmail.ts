import type { Endpoint } from 'payload'

import { APIError, headersWithCors, verifyEmailOperation } from 'payload'

import { enforceRateLimit } from '../../access/rateLimit'

/**
 * `POST /api/users/verify/:token`, Payload's own verification, with the client address counted
 * first (there is no "resend verification" endpoint to limit; this is the anonymous one left).
 * Tokens are 20 random bytes, so the limit is against hammering, not guessing. It replaces
 * Payload's built-in route of the same path (custom endpoints are matched first) and answers
 * as it does.
 */
export const verifyEmailEndpoint: Endpoint = {
  handler: async (req) => {
    await enforceRateLimit(req, { bucket: 'verifyEmail' })
    const token = req.routeParams?.token
    if (typeof token !== 'string' || !token) {
      throw new APIError('The verification link is incomplete. Open the link from the email again.', 400, null, true)
    }
    await verifyEmailOperation({ collection: req.payload.collections.users, req, token })
    return Response.json(
      { message: req.t('authentication:accountVerified') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
  method: 'post',
  path: '/verify/:token',
}
