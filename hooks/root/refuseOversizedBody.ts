import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { isCommittee } from '../../access/roles'
import { fromClient } from './guardedRequest'

const KILOBYTE = 1024

/** What one document's fields may weigh as JSON (files travel apart and have their own caps). */
export const MAX_BODY_BYTES = 256 * KILOBYTE
/** The committee writes competitions, whose descriptions are rich text (verbose JSON). */
export const MAX_COMMITTEE_BODY_BYTES = 2 * KILOBYTE * KILOBYTE

/**
 * Refuses an oversized document before any hook or query runs: a registration with 10,000
 * members took 12 s of hooks and database work before failing with a 500.
 */
export const refuseOversizedBody: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !fromClient(req, args)) return args
  const data = (args as { data?: unknown }).data
  if (data === undefined) return args
  const limit = isCommittee(req.user) ? MAX_COMMITTEE_BODY_BYTES : MAX_BODY_BYTES
  const bytes = Buffer.byteLength(JSON.stringify(data) ?? '')
  if (bytes > limit) {
    throw new APIError(
      `This request is too large (${Math.ceil(bytes / KILOBYTE)} KB); send at most ${limit / KILOBYTE} KB of fields.`,
      413,
      null,
      true,
    )
  }
  return args
}
