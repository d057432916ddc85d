import type { Payload } from 'payload'

type Pool = { on: (event: 'error', listener: (error: unknown) => void) => unknown }

/**
 * PostgreSQL restarting (or the network to it failing) breaks the pool's idle connections, and
 * pg reports that as an 'error' event on the pool: with no listener, Node ends the process. The
 * pool replaces a broken connection on its next use, so the event is only logged; requests
 * meanwhile get a 503 (hooks/root/answerDatabaseUnavailable.ts).
 */
export const survivePoolErrors = (payload: Payload): void => {
  const pool = (payload.db as { pool?: Pool }).pool
  pool?.on('error', (error) =>
    payload.logger.warn({ err: error, msg: 'A database connection broke while idle; the pool opens a new one when needed.' }),
  )
}
