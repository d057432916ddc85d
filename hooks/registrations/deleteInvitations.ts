import type { CollectionBeforeDeleteHook } from 'payload'

/** A deleted registration takes its invitations with it (they point at it and mean nothing without it). */
export const deleteInvitations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'invitations', overrideAccess: true, req, where: { registration: { equals: id } } })
}
