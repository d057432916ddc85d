import type { AfterErrorHook, AfterErrorResult } from 'payload'

/**
 * A request that failed because the database could not be reached (restarting, failing over,
 * the network between) is answered 503 with a sentence, not Payload's generic 500: the client
 * may simply try again, and monitoring tells an outage from a bug. Nothing was written: a
 * statement that never reached the database, or a transaction cut off before COMMIT, is not kept.
 */
const UNAVAILABLE_CODES = new Set([
  // Node's sockets: nothing listening, the connection cut, no answer.
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  // PostgreSQL: connection exceptions (class 08) and the server shutting down or starting (57P01–57P03).
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
])
// pg raises these without a code when the server goes away mid-query or the pool cannot connect in
// time; Payload's "cannot begin transaction: connect ECONNREFUSED …" keeps only the socket's message.
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /\b(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)\b/,
]

const MESSAGE = 'The database is not reachable right now, so nothing was saved. Try again in a minute.'

// SQLite: another writer held the file longer than this write could wait (a burst on a loaded
// server), or a transaction's snapshot went stale under it. The transaction was rolled back, so
// the honest answer is "busy, try again", not a 500 that reads like a bug.
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED'])
const BUSY_MESSAGES = [/database is locked/i, /\bSQLITE_BUSY/]
const BUSY_MESSAGE = 'The database is busy right now, so nothing was saved. Try again in a moment.'

const matches = (error: unknown, codes: Set<string>, messages: RegExp[]): boolean => {
  let current = error as { cause?: unknown; code?: unknown; message?: unknown } | undefined
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    if (typeof current.code === 'string' && codes.has(current.code)) return true
    if (typeof current.message === 'string' && messages.some((pattern) => pattern.test(current!.message as string))) return true
    current = current.cause as typeof current
  }
  return false
}

export const databaseUnavailable = (error: unknown): boolean => matches(error, UNAVAILABLE_CODES, UNAVAILABLE_MESSAGES)

export const databaseBusy = (error: unknown): boolean => matches(error, BUSY_CODES, BUSY_MESSAGES)

/** The sentence a failed request is answered with (503), or null when the database is not why it failed. */
export const databaseFailureMessage = (error: unknown): null | string =>
  databaseUnavailable(error) ? MESSAGE : databaseBusy(error) ? BUSY_MESSAGE : null

export const answerDatabaseUnavailable: AfterErrorHook = ({ error, graphqlResult }) => {
  const { status } = error as Error & { status?: number }
  if (status && status < 500) return
  const message = databaseFailureMessage((error as { originalError?: unknown }).originalError ?? error)
  if (!message) return
  if (graphqlResult)
    return {
      graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, statusCode: 503 }, message },
    } as AfterErrorResult
  return { response: { errors: [{ message, name: 'ServiceUnavailable' }] }, status: 503 } as AfterErrorResult
}
