import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { idKindOf, isIdOfKind } from '../../src/validation/ids'
import { MAX_PAGE, MAX_PAGE_SIZE, whereProblems } from '../../src/validation/queryShape'
import { fromClient } from './guardedRequest'

const QUERY_OPERATIONS = ['count', 'delete', 'read', 'readDistinct', 'update']
const POINT_OPERATORS = ['near', 'within', 'intersects']

/**
 * A list query's `where`, `limit` and `page` are checked before the database sees them:
 * an unsupported operator or a value of the wrong type is a 400 that says what to send;
 * a `limit` above MAX_PAGE_SIZE is lowered to it.
 */
export const checkQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!QUERY_OPERATIONS.includes(operation) || !fromClient(req, args as { overrideAccess?: boolean })) return args
  const query = args as { limit?: unknown; page?: unknown; where?: unknown }
  const refuse = (message: string, path: string) => new APIError(message, 400, { errors: [{ message, path }] }, true)

  if (query.limit !== undefined && query.limit !== null) {
    const limit = Number(query.limit)
    if (!Number.isFinite(limit) || limit < 0) throw refuse(`Send limit as a whole number from 0 to ${MAX_PAGE_SIZE}.`, 'limit')
    query.limit = Math.min(Math.floor(limit), MAX_PAGE_SIZE)
  }
  if (query.page !== undefined && query.page !== null) {
    const page = Number(query.page)
    if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)
      throw refuse(`Send page as a whole number from 1 to ${MAX_PAGE.toLocaleString('en-US')}.`, 'page')
    query.page = page
  }
  const db = req.payload.db as { idType?: unknown; name?: unknown; operators?: Record<string, unknown> }
  const problems = whereProblems(collection.flattenedFields, query.where, {
    fieldsOf: (slug) => req.payload.collections[slug as keyof typeof req.payload.collections]?.config.flattenedFields,
    isId: isIdOfKind(idKindOf(db)),
    // SQL adapters list their operators (point operators are handled apart); MongoDB runs them all.
    supports: (operator) => !db.operators || operator in db.operators || POINT_OPERATORS.includes(operator),
  })
  if (problems.length > 0) {
    const [first] = problems
    throw new APIError(`This query cannot be run: ${first.path}: ${first.message}`, 400, { errors: problems }, true)
  }
  return args
}
