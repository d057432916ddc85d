import type { Access, Where } from 'payload'

import { findAllAsServer } from '../src/db/findAllAsServer'
import { idOf } from '../src/shared/idOf'
import { judgeSubmissionsWhere } from './judging'
import { isCommittee, isJudge } from './roles'
import { teamRegistrationIds } from './teams'

/**
 * Private files: the uploader and the committee read them (and judges and the team, submitted work). Payload's file route
 * (/api/attachments/file/<name>, every image size included) runs this same function, so the
 * bytes are served only to those who can read the document.
 */
export const attachmentReadAccess: Access = async ({ req }) => {
  const { user } = req
  if (isCommittee(user)) return true
  if (!user) return false
  const own: Where = { owner: { equals: user.id } }
  // Judges read the files submitted to competitions they judge (conflicts excluded); team
  // members read the files submitted for their own team (access/teams.ts: bound accounts only).
  let submitted: Where
  if (isJudge(user)) submitted = await judgeSubmissionsWhere(req)
  else {
    const teams = await teamRegistrationIds(req, user.id)
    if (teams.length === 0) return own
    submitted = { registration: { in: teams } }
  }
  const docs = await findAllAsServer(req, 'submissions', {
    select: { file: true },
    where: { and: [submitted, { file: { exists: true } }] },
  })
  const files = docs.map((doc) => idOf(doc.file)).filter((id): id is string => Boolean(id))
  const withSubmitted: Where = { or: [own, { id: { in: files } }] }
  return files.length > 0 ? withSubmitted : own
}
