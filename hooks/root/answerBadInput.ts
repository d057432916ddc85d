import type { AfterErrorHook, AfterErrorResult } from 'payload'

/**
 * The last line behind the request guards (checkBodyShape, checkQuery): an error the database
 * driver or the upload parser raised because of what the client sent is the client's 400, not
 * the server's 500. Anything else keeps Payload's generic 500.
 */
const POSTGRES_CODES: Record<string, string> = {
  '22001': 'A value is too long for its field.',
  '22003': 'A number is out of range.',
  '22007': 'A date or time could not be read.',
  '22008': 'A date or time is out of range.',
  '22021': 'Text contains characters that cannot be stored.',
  '22P02': 'A value (an id, a number or a date) could not be read.',
  '2201W': 'The limit must be a whole number that is not negative.',
  '2201X': 'The page must be a whole number from 1.',
  '23503': 'It refers to a document that does not exist.',
}
const SQLITE_MESSAGES: [RegExp, string][] = [
  [/datatype mismatch/i, 'A value (an id, a number or a date) could not be read.'],
  [/FOREIGN KEY constraint failed/i, 'It refers to a document that does not exist.'],
  [/string or blob too big/i, 'A value is too long for its field.'],
]
const UPLOAD_MESSAGES = [/Malformed part header/i, /Unexpected end of form/i, /Malformed urlencoded form/i, /Boundary not found/i]

const CHECK = 'Check the ids, dates and numbers in the request and send it again.'

const causes = (error: unknown): { code?: unknown; message?: unknown }[] => {
  const chain: { code?: unknown; message?: unknown }[] = []
  let current = error as { cause?: unknown; code?: unknown; message?: unknown } | undefined
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current)
    current = current.cause as typeof current
  }
  return chain
}

export const badInputMessage = (error: unknown): string | undefined => {
  for (const cause of causes(error)) {
    const message = typeof cause.message === 'string' ? cause.message : ''
    if (typeof cause.code === 'string' && POSTGRES_CODES[cause.code]) return `${POSTGRES_CODES[cause.code]} ${CHECK}`
    const sqlite = SQLITE_MESSAGES.find(([pattern]) => pattern.test(message))
    if (sqlite) return `${sqlite[1]} ${CHECK}`
    if (UPLOAD_MESSAGES.some((pattern) => pattern.test(message))) {
      return 'The upload could not be read. Check that the file name has no control characters and send it again.'
    }
  }
  return undefined
}

export const answerBadInput: AfterErrorHook = ({ error, graphqlResult }) => {
  const { status } = error as Error & { status?: number }
  if (status && status < 500) return
  const message = badInputMessage((error as { originalError?: unknown }).originalError ?? error)
  if (!message) return
  if (graphqlResult)
    return {
      graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, statusCode: 400 }, message },
    } as AfterErrorResult
  return { response: { errors: [{ message, name: 'BadRequest' }] }, status: 400 } as AfterErrorResult
}
