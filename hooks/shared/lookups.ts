import type { PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { Competition } from '../../src/payload-types'

/**
 * Helpers every collection's hooks (and the custom endpoints) use: ids of relationship values,
 * refusals a person can act on, and loading a competition inside the request's transaction.
 */

export const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}

/** A 4xx a person can act on; never logged as a server error. */
export const refuse = (status: number, message: string): APIError => new APIError(message, status, null, true)

/** A 400 that names the field, as Payload reports its own validation errors. */
export const invalidField = (req: PayloadRequest, path: string, message: string): ValidationError =>
  new ValidationError({ errors: [{ message, path }], req }, req.t)

export const loadCompetition = async (req: PayloadRequest, id: string): Promise<Competition> => {
  const competition = await req.payload
    .findByID({ collection: 'competitions', depth: 0, disableErrors: true, id, overrideAccess: true, req })
    .catch(() => null)
  if (!competition) throw invalidField(req, 'competition', 'This competition does not exist.')
  return competition
}
