import type { CollectionBeforeOperationHook } from 'payload'

import { commitTransaction } from 'payload'

/**
 * Why a forgot-password request stalled every write (issue 8 item 5):
 *
 * Payload's forgotPassword operation opens a transaction first, then writes its "requested at"
 * reservation deliberately OUTSIDE that transaction (so a failed email does not roll the
 * reservation back), then updates the user inside it. On SQLite a transaction holds our write
 * queue from BEGIN to COMMIT (src/config/sqliteTransactions.ts), so the reservation waited for
 * its own request's transaction until it gave up after OUTSIDE_WRITE_WAIT_MS (2 s), and every
 * write behind it, a participant's save included, waited too. Unknown emails took the same path:
 * the reservation is an UPDATE … WHERE email = ?, a write even when it matches nothing.
 *
 * The transaction protects nothing: its only write is one user update, which opens (and
 * commits) its own transaction when none is open, and the email is queued after the operation
 * (src/email/adapter.ts). So the still empty transaction is committed here, before the
 * operation does any work; each request then holds the queue only for its own short writes.
 *
 * Only for requests from outside (REST, GraphQL): there Payload opened this transaction itself.
 * A Local API caller may have passed a request inside its own transaction, which is not ours to end.
 */
export const runForgotPasswordOutsideTransaction: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword' || req.payloadAPI === 'local' || !req.transactionID) return args
  await commitTransaction(req)
  return args
}
