import type { Payload } from 'payload'

import http from 'node:http'

import { stopJobRunner } from './stopJobRunner'

/** How long a stop may take before the process gives up on what is left (and exits 1). */
const DEFAULT_SHUTDOWN_SECONDS = 25

const shutdownSeconds = (): number => {
  const given = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS)
  return Number.isFinite(given) && given > 0 ? given : DEFAULT_SHUTDOWN_SECONDS
}

/**
 * Once a server is closing, every response ends its connection (`Connection: close`).
 * `server.close()` only stops new connections and closes the idle ones; a client that keeps
 * sending on its keep-alive connection (browsers, proxies, fetch) was served on and on — measured
 * here: sign-ups kept being answered for 25 s after SIGTERM, until the timeout cut them off.
 * Next.js calls close() on a server this code has no handle on, hence the prototype.
 */
const endKeepAliveOnClose = (): void => {
  const close = http.Server.prototype.close
  http.Server.prototype.close = function closeAndEndKeepAlive(this: http.Server, ...args: Parameters<typeof close>) {
    this.on('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
      response.shouldKeepAlive = false
    })
    return close.apply(this, args)
  } as typeof close
}

/**
 * Graceful stop of the production server (`npm start` and the standalone `node server.js`).
 *
 * On SIGTERM or SIGINT, Next.js (next/dist/server/lib/start-server.js) closes its HTTP server —
 * new connections are refused, idle keep-alive connections closed, requests in flight answered
 * (and, with endKeepAliveOnClose, busy connections closed after their response) — and then
 * calls `process.exit(143)`. It knows nothing of Payload: a job run (emails) would be
 * cut off half-way and the database left open. So at the signal the job runner stops taking new
 * runs, and Next.js' final `process.exit` is held until the running job has finished and the
 * database is closed; a completed drain exits 0 (a clean stop, as supervisors expect), a failed
 * one 1. If it all takes longer than SHUTDOWN_TIMEOUT_SECONDS (25), the process exits 1 anyway,
 * before an orchestrator's SIGKILL (Docker waits 10 s by default: set `stop_grace_period`).
 *
 * With NEXT_MANUAL_SIG_HANDLE set, Next.js leaves signals alone and so does this.
 */
export const installServerShutdown = (payload: Payload): void => {
  if (process.env.NEXT_MANUAL_SIG_HANDLE) return
  endKeepAliveOnClose()
  const exit = process.exit.bind(process)
  let started = false
  const begin = (signal: NodeJS.Signals) => {
    if (started) return
    started = true
    const seconds = shutdownSeconds()
    payload.logger.info(`${signal}: refusing new connections, finishing requests in flight and the running job (at most ${seconds} s).`)
    setTimeout(() => {
      payload.logger.error(`Shutdown did not finish within ${seconds} s (SHUTDOWN_TIMEOUT_SECONDS); exiting with what is left.`)
      exit(1)
    }, seconds * 1000).unref()
    const jobsStopped = stopJobRunner(payload)
    process.exit = ((code?: number | string | null) => {
      const signalled = code === 143 || code === 130
      jobsStopped
        .then(() => payload.destroy())
        .then(
          () => {
            payload.logger.info('Shutdown complete: requests answered, jobs finished, database closed.')
            exit(signalled ? 0 : code)
          },
          (error: unknown) => {
            payload.logger.error({ err: error, msg: 'Shutdown: closing the database failed.' })
            exit(1)
          },
        )
    }) as typeof process.exit
  }
  process.once('SIGTERM', begin)
  process.once('SIGINT', begin)
}
