import type { PayloadRequest } from 'payload'

import type { Registration } from '../../src/payload-types'

import { emailKey } from '../../src/domain/registration'
import { idOf, invalidField } from '../shared/lookups'

type Member = NonNullable<Registration['members']>[number]

/** Members with their emails normalised (compared ignoring case and spaces). */
export const membersOf = (data: Partial<Registration>): Member[] =>
  (data.members ?? []).map((member) => ({ ...member, email: emailKey(member.email ?? '') }))

/** Member emails must differ within a team. */
export const refuseRepeatedEmails = (req: PayloadRequest, members: Member[]): void => {
  const seen = new Set<string>()
  members.forEach((member, index) => {
    if (seen.has(member.email)) throw invalidField(req, `members.${index}.email`, `${member.email} is listed twice in this team.`)
    seen.add(member.email)
  })
}

/**
 * The documents on a registration must be files the team's leader uploaded: nobody attaches
 * (and so exposes to a committee under their name) a file that is not theirs.
 */
export const checkAttachmentsBelongTo = async (req: PayloadRequest, data: Partial<Registration>, ownerId: number | string): Promise<void> => {
  const wanted: { id: string; path: string }[] = []
  const proof = idOf(data.paymentProof)
  if (proof) wanted.push({ id: proof, path: 'paymentProof' })
  ;(data.members ?? []).forEach((member, index) => {
    const card = idOf(member.studentCard)
    if (card) wanted.push({ id: card, path: `members.${index}.studentCard` })
  })
  if (wanted.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'attachments',
    depth: 0,
    limit: wanted.length,
    overrideAccess: true,
    req,
    select: { owner: true, purpose: true },
    where: { id: { in: wanted.map((w) => w.id) } },
  })
  const files = new Map(docs.map((doc) => [String(doc.id), doc]))
  for (const { id, path } of wanted) {
    const file = files.get(id)
    if (idOf(file?.owner) !== String(ownerId)) throw invalidField(req, path, 'This file does not exist or was not uploaded by the team leader.')
    // Submission files may be ZIPs or videos and up to 100 MB; documents are images or PDFs.
    if (file?.purpose !== 'document') throw invalidField(req, path, 'Upload this as a registration document (an image or a PDF).')
  }
}
