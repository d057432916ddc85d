import type { PayloadRequest } from 'payload'

import type { Registration } from '../../src/payload-types'

import { loadCompetition } from '../../src/db/loadCompetition'
import { emailKey, teamSizeError } from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'
import { invalidField } from '../../src/shared/refusals'

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
export const checkAttachmentsBelongTo = async (
  req: PayloadRequest,
  data: Partial<Registration>,
  ownerId: number | string,
): Promise<void> => {
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
    if (idOf(file?.owner) !== String(ownerId))
      throw invalidField(req, path, 'This file does not exist or was not uploaded by the team leader.')
    // Submission files may be ZIPs or videos and up to 100 MB; documents are images or PDFs.
    if (file?.purpose !== 'document') throw invalidField(req, path, 'Upload this as a registration document (an image or a PDF).')
  }
}

/**
 * The checks a change of team details passes, whatever status it leads to: the competition's
 * team size, distinct member emails, a payment proof while a fee is due, and documents the leader
 * uploaded. The leader's own email is member one's (participants cannot list someone else).
 * Returns the normalised members (also written back to `data` when members were sent).
 */
export const checkTeamDetails = async (
  req: PayloadRequest,
  {
    byCommittee,
    competitionId,
    data,
    originalDoc,
  }: { byCommittee: boolean; competitionId: string; data: Partial<Registration>; originalDoc: Registration },
): Promise<Member[]> => {
  const competition = await loadCompetition(req, competitionId)
  const members = membersOf({ members: data.members ?? originalDoc.members })
  if (members.length > 0 && !byCommittee) members[0].email = emailKey(req.user?.email ?? members[0].email)
  if ('members' in data) data.members = members
  const sizeError = teamSizeError(members.length, competition.teamSize)
  if (sizeError) throw invalidField(req, 'members', sizeError)
  refuseRepeatedEmails(req, members)
  if ((originalDoc.feeDue ?? 0) > 0 && 'paymentProof' in data && !idOf(data.paymentProof)) {
    throw invalidField(req, 'paymentProof', 'A payment proof is required: a fee is due for this registration.')
  }
  await checkAttachmentsBelongTo(
    req,
    { members, paymentProof: data.paymentProof ?? originalDoc.paymentProof },
    idOf(originalDoc.leader) as string,
  )
  return members
}
