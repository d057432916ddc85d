import type { AfterErrorHook } from 'payload'

import { saneRequestId } from '../../src/shared/requestId'
import { databaseFailureMessage } from './answerDatabaseUnavailable'

/**
 * Payload logs a server error without the request it came from. This adds one line that ties the
 * error to the request id the client got in its `X-Request-Id` response header (set by
 * src/proxy.ts), so a user's "it failed, id …" leads to the log. Refusals (4xx) are normal use
 * and get no extra line. REST and GraphQL both run this hook.
 */
export const logRequestId: AfterErrorHook = ({ error, req }) => {
  // GraphQL passes a GraphQLError whose status is on the error it wraps.
  const { originalError, status: ownStatus } = error as Error & { originalError?: { status?: number }; status?: number }
  // A database outage or SQLite busy is answered 503 (answerDatabaseUnavailable): log what the client got.
  const status = databaseFailureMessage(originalError ?? error) ? 503 : (ownStatus ?? originalError?.status ?? 500)
  if (status < 500) return
  const requestId = saneRequestId(req.headers?.get('x-request-id'))
  const url = req.url ? new URL(req.url, 'http://localhost') : undefined
  req.payload.logger.error({
    method: req.method,
    msg: `Server error ${status} on ${req.method ?? ''} ${url?.pathname ?? ''} (request ${requestId ?? 'without id'}): ${error.message}`,
    path: url?.pathname,
    requestId,
    status,
  })
}
