import type { PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

/** A 4xx a person can act on; never logged as a server error. */
export const refuse = (status: number, message: string): APIError => new APIError(message, status, null, true)

/** A 400 that names the field, as Payload reports its own validation errors. */
export const invalidField = (req: PayloadRequest, path: string, message: string): ValidationError =>
  new ValidationError({ errors: [{ message, path }], req }, req.t)
