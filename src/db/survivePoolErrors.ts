import type { Payload } from 'payload'

type Client = { on: (event: 'error', listener: (error: unknown) => void) => unknown }
type Pool = Client & { _clients?: Client[]; on: (event: 'connect' | 'error', listener: (arg: any) => void) => unknown }

/**
 * PostgreSQL restarting (or the network to it failing) breaks the pool's connections, and pg
 * reports that as an 'error' event: on the pool for an idle connection, on the connection itself
 * for one checked out (a transaction in progress, or the one Payload's adapter keeps checked out
 * from its start). With no listener, Node ends the process, so every connection, present and
 * future, gets one too; the event is only logged. The pool replaces a broken connection on its
 * next use; requests meanwhile get a 503 (hooks/root/answerDatabaseUnavailable.ts).
 */
export const survivePoolErrors = (payload: Payload): void => {
  const pool = (payload.db as { pool?: Pool }).pool
  if (!pool) return
  const warn = (error: unknown) =>
    payload.logger.warn({ err: error, msg: 'A database connection broke; the pool opens a new one when needed.' })
  pool.on('error', warn)
  pool.on('connect', (client: Client) => client.on('error', warn))
  for (const client of pool._clients ?? []) client.on('error', warn)
}
