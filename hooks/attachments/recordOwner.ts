import type { CollectionBeforeChangeHook } from 'payload'

import type { Attachment } from '../../src/payload-types'

/** The owner of an attachment is whoever uploaded it; a value in the body is never trusted. */
export const recordOwner: CollectionBeforeChangeHook<Attachment> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.user) data.owner = req.user.id
  } else if (originalDoc?.owner) {
    data.owner = originalDoc.owner
  }
  return data
}
