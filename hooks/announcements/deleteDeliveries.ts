import type { CollectionAfterDeleteHook } from 'payload'

/** A deleted announcement takes its delivery rows with it; its jobs still queued then find nothing to send. */
export const deleteDeliveries: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'announcement-deliveries',
    overrideAccess: true,
    req,
    where: { announcement: { equals: id } },
  })
}
