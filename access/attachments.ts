import type { Access, Where } from 'payload'

import { judgeSubmissionsWhere } from './judging'
import { isCommittee, isJudge } from './roles'

/**
 * Private files: the uploader and the committee read them (and judges, submitted work). Payload's file route
 * (/api/attachments/file/<name>, every image size included) runs this same function, so the
 * bytes are served only to those who can read the document.
 */
export const attachmentReadAccess: Access = async ({ req }) => {
  const { user } = req
  if (isCommittee(user)) return true
  if (!user) return false
  const own: Where = { owner: { equals: user.id } }
  if (!isJudge(user)) return own
  // Judges also read the files submitted to competitions they judge (conflicts excluded).
  const { docs } = await req.payload.find({
    collection: 'submissions',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { file: true },
    where: { and: [await judgeSubmissionsWhere(req), { file: { exists: true } }] },
  })
  const files = docs.map((doc) => (typeof doc.file === 'object' ? doc.file?.id : doc.file)).filter(Boolean) as string[]
  const judged: Where = { or: [own, { id: { in: files } }] }
  return files.length > 0 ? judged : own
}
