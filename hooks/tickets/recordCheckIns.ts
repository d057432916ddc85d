import type { CollectionAfterDeleteHook } from 'payload'

import type { Ticket } from '../../src/payload-types'

import { recordChanges, recordDeletion } from '../../src/audit/auditHooks'
import { idOf } from '../../src/shared/idOf'

/** A ticket as the audit trail shows it: whose it is, for which stage, and the check-in. */
const snapshot = (doc: Ticket) => ({
  checkedInAt: doc.checkedInAt ?? null,
  checkedInBy: idOf(doc.checkedInBy) ?? null,
  name: doc.name ?? null,
  registration: idOf(doc.registration) ?? null,
  stage: doc.stage ?? null,
  user: idOf(doc.user) ?? null,
})

/**
 * A check-in is the committee vouching that a person was at the door: who checked whom in, and
 * when, goes in the audit trail. Tickets made, renamed or removed by the server's sync are not
 * events of their own (they follow the registration's, which are recorded).
 */
export const recordCheckIn = recordChanges<Ticket>({
  aspects: [{ action: 'ticket-checked-in', fields: ['checkedInAt', 'checkedInBy'], with: ['name', 'registration', 'stage', 'user'] }],
  collection: 'tickets',
  snapshot,
})

const recordTicketDeletion = recordDeletion<Ticket>({ action: 'checked-in-ticket-deleted', collection: 'tickets', snapshot })

/** Deleting a ticket someone was checked in with erases a record of presence: that is an event. */
export const recordCheckedInTicketDeletion: CollectionAfterDeleteHook<Ticket> = async (args) =>
  args.doc.checkedInAt ? recordTicketDeletion(args) : args.doc
