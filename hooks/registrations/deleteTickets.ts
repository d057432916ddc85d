import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted registration takes its check-in tickets with it: a ticket names its team, and a
 * ticket left pointing at nothing would show an empty team on the committee's list.
 */
export const deleteTickets: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'tickets', overrideAccess: true, req, where: { registration: { equals: id } } })
}
