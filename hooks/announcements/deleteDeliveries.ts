import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted announcement takes its delivery rows with it, first (their reference to it cannot be
 * left empty); its jobs still queued then find nothing to send.
 */
export const deleteDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'announcement-deliveries',
    overrideAccess: true,
    req,
    where: { announcement: { equals: id } },
  })
}
