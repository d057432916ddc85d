import type { PayloadRequest } from 'payload'

import type { Competition, Registration } from '../../src/payload-types'

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
 * The team rules every save of team details passes, a new registration or a change, whatever
 * status it leads to: the competition's team size, distinct member emails, member one being the
 * leader (their account's email, when the leader is the one saving), a payment proof while a fee
 * is due, and documents the leader uploaded. Returns the normalised members.
 */
export const checkTeam = async (
  req: PayloadRequest,
  team: {
    feeDue: number
    leader: { email?: null | string; id: string }
    members: Registration['members'] | undefined
    paymentProof: unknown
    teamSize: Competition['teamSize']
  },
): Promise<Member[]> => {
  const members = membersOf({ members: team.members })
  if (members.length > 0 && team.leader.email) members[0].email = emailKey(team.leader.email)
  const sizeError = teamSizeError(members.length, team.teamSize)
  if (sizeError) throw invalidField(req, 'members', sizeError)
  refuseRepeatedEmails(req, members)
  if (team.feeDue > 0 && !idOf(team.paymentProof)) {
    throw invalidField(req, 'paymentProof', `Upload the payment proof: the fee due is Rp${team.feeDue.toLocaleString('id-ID')}.`)
  }
  await checkAttachmentsBelongTo(req, { members, paymentProof: team.paymentProof as Registration['paymentProof'] }, team.leader.id)
  return members
}

/** checkTeam for a change to an existing registration; members sent are written back normalised. */
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
  const members = await checkTeam(req, {
    feeDue: originalDoc.feeDue ?? 0,
    // The committee may correct member one; a leader saving is always member one.
    leader: { email: byCommittee ? null : req.user?.email, id: idOf(originalDoc.leader) as string },
    members: data.members ?? originalDoc.members,
    paymentProof: 'paymentProof' in data ? data.paymentProof : originalDoc.paymentProof,
    teamSize: competition.teamSize,
  })
  if ('members' in data) data.members = members
  return members
}
