import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { bodyShapeProblems } from '../../src/validation/bodyShape'
import { idKindOf, isIdOfKind } from '../../src/validation/ids'
import { fromClient } from './guardedRequest'

/**
 * A body whose values do not have the fields' types (a string where members are a list, an
 * object as a team name, a malformed id) is a 400 naming the field, before any hook runs; and
 * timestamps in a client's body are dropped.
 */
export const checkBodyShape: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !fromClient(req, args)) return args
  const problems = bodyShapeProblems(collection.flattenedFields, (args as { data?: unknown }).data, {
    isId: isIdOfKind(idKindOf(req.payload.db as { idType?: unknown; name?: unknown })),
  })
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  // Timestamps are the server's: a client's createdAt would reorder a waitlist or a history, and
  // a null one reached the database's NOT NULL constraint as a 500 (found by the fuzz test).
  const data = (args as { data?: unknown }).data
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    delete (data as Record<string, unknown>).createdAt
    delete (data as Record<string, unknown>).updatedAt
  }
  return args
}
