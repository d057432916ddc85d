import type { Access, Where } from 'payload'

import { isCommittee } from './roles'

/**
 * Private files: the uploader and the committee read them. Payload's file route
 * (/api/attachments/file/<name>, every image size included) runs this same function, so the
 * bytes are served only to those who can read the document.
 */
export const attachmentReadAccess: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user) return false
  return { owner: { equals: user.id } } satisfies Where
}
