import type { CollectionBeforeOperationHook } from 'payload'

import { operationStarted } from '../../access/oncePerOperation'

/**
 * Marks the start of every operation on the request, so that an access answer shared within one
 * operation (access/oncePerOperation.ts) is never reused by the next, above all not after a write.
 */
export const countOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  operationStarted(req, operation)
  return args
}
