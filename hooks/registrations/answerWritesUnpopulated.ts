import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

/** `POST /api/registrations`, `PATCH /api/registrations[/:id]`: the collection's own REST writes, not a custom endpoint's. */
const isOwnRestWrite = (req: PayloadRequest): boolean => {
  if (req.payloadAPI !== 'REST' || (req.method !== 'POST' && req.method !== 'PATCH')) return false
  const base = `${req.payload.config.routes.api}/registrations`
  const path = (req.pathname || new URL(req.url ?? '/', 'http://localhost').pathname).replace(/\/+$/, '')
  if (path === base) return true
  return req.method === 'PATCH' && path.startsWith(`${base}/`) && !path.slice(base.length + 1).includes('/')
}

/**
 * A registration created or changed through the collection's REST routes is answered as stored,
 * its relationships as ids (depth 0), unless the client asks for more with `?depth=`. Payload's
 * default (depth 2) read the competition, the leader, every member's account and every document
 * back, with their own access checks: on PostgreSQL while the competition's row lock is held, on
 * SQLite inside the write queue. The forms only look at the status code; a client that wants the
 * team with its competition asks for `?depth=2` or reads it (`GET /api/registrations/:id`).
 * Custom endpoints (review, invitations) and server code choose their own depth as before.
 */
export const answerWritesUnpopulated: CollectionBeforeOperationHook<'registrations'> = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && args.depth === undefined && isOwnRestWrite(req)) {
    return { ...args, depth: 0 }
  }
  return args
}
