import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A registration created or changed through REST is answered as stored, its relationships as ids
 * (depth 0), unless the client asks for more with `?depth=`. Payload's default (depth 2) read
 * the competition, the leader, every member's account and every document back, with their own
 * access checks: a third of the work of a registration, and on SQLite all of it while the write
 * queue is held (so a burst of registrations waited for it one after another). The forms only
 * look at the status code; a client that wants the team with its competition reads it
 * (`GET /api/registrations/:id`, default depth) or asks for `?depth=2`.
 */
export const answerWritesUnpopulated: CollectionBeforeOperationHook<'registrations'> = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.payloadAPI === 'REST' && args.depth === undefined) {
    return { ...args, depth: 0 }
  }
  return args
}
