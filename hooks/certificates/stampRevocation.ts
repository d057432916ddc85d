import type { CollectionBeforeChangeHook } from 'payload'

import type { Certificate } from '../../src/payload-types'

import { invalidField } from '../../src/shared/refusals'

/**
 * Revoking (the committee ticks `revoked`) needs a reason and records when; un-revoking clears
 * the date. The verification page then says the certificate was revoked.
 */
export const stampRevocation: CollectionBeforeChangeHook<Certificate> = ({ data, originalDoc, req }) => {
  const revoked = data.revoked ?? originalDoc?.revoked ?? false
  if (!revoked) {
    data.revokedAt = null
    return data
  }
  const reason = (data.revokedReason ?? originalDoc?.revokedReason ?? '').trim()
  if (!reason) throw invalidField(req, 'revokedReason', 'Say why the certificate is revoked.')
  if (!originalDoc?.revoked) data.revokedAt = new Date().toISOString()
  return data
}
