import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { bodyShapeProblems } from '../../src/validation/bodyShape'
import { idKindOf, isIdOfKind } from '../../src/validation/ids'
import { fromClient } from './guardedRequest'

/**
 * A body whose values do not have the fields' types (a string where members are a list, an
 * object as a team name, a malformed id) is a 400 naming the field, before any hook runs.
 */
export const checkBodyShape: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !fromClient(req, args)) return args
  const problems = bodyShapeProblems(collection.flattenedFields, (args as { data?: unknown }).data, {
    isId: isIdOfKind(idKindOf(req.payload.db as { idType?: unknown; name?: unknown })),
  })
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  return args
}
