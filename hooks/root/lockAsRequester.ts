import type { CollectionBeforeChangeHook } from 'payload'

/** A lock always names who holds it: the account that sends it, whatever the body says. */
export const lockAsRequester: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user) data.user = { relationTo: req.user.collection, value: req.user.id }
  return data
}
