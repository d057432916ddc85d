import type { CollectionBeforeOperationHook } from 'payload'

import { refuse } from '../../src/shared/refusals'

/**
 * Audit events are a permanent record. Access already refuses every API write; this refuses an
 * update or a delete whoever asks, the server's own code (overrideAccess) included, so no
 * future endpoint or script can rewrite history by accident.
 */
export const refuseRewrites: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete') {
    throw refuse(403, 'Audit events are a permanent record: nobody changes or deletes them.')
  }
  return args
}
