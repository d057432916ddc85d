import type { PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

/** A custom endpoint's JSON body as an object (anything else reads as empty), for type checks field by field. */
export const jsonBodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  const body = req.data
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}
