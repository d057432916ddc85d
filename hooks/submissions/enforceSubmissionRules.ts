import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Competition, Submission } from '../../src/payload-types'

import { isCommittee } from '../../access/roles'
import { teamAccountsOf } from '../../access/teams'
import { loadCompetition } from '../../src/db/loadCompetition'
import { isEligibleForStage, isHttpUrl, submissionWindow } from '../../src/domain/judging'
import { canSubmit } from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'
import { invalidField, refuse } from '../../src/shared/refusals'
import { FILE_KINDS, type FileKind, formatBytes } from '../../src/uploads/fileTypes'

type Stage = NonNullable<Competition['stages']>[number]

const listKinds = (kinds: readonly string[]) => kinds.map((kind) => FILE_KINDS[kind as FileKind]?.label ?? kind).join(', ')

/** The work itself: only the kinds the stage accepts, a file of an accepted type and size, a real http(s) link. */
const checkWork = async (req: PayloadRequest, stage: Stage, work: Partial<Submission>, teamAccounts: string[]): Promise<void> => {
  const kinds = stage.submissionKinds ?? []
  const given = { file: Boolean(idOf(work.file)), link: Boolean(work.link?.trim()), text: Boolean(work.text?.trim()) }
  for (const kind of ['file', 'link', 'text'] as const) {
    if (given[kind] && !kinds.includes(kind)) {
      throw invalidField(req, kind, `Stage "${stage.name}" does not accept a ${kind}; it accepts: ${kinds.join(', ') || 'nothing'}.`)
    }
  }
  if (!given.file && !given.link && !given.text) {
    throw invalidField(req, kinds[0] ?? 'file', `Submit your work for "${stage.name}" as: ${kinds.join(' or ')}.`)
  }
  if (given.link && !isHttpUrl(work.link as string)) {
    throw invalidField(req, 'link', 'The link must be a full http:// or https:// address, such as https://github.com/your-team/project.')
  }
  const fileId = idOf(work.file)
  if (fileId) {
    const file = await req.payload.findByID({
      collection: 'attachments',
      depth: 0,
      disableErrors: true,
      id: fileId,
      overrideAccess: true,
      req,
    })
    if (!file || !teamAccounts.includes(idOf(file.owner) ?? '')) {
      throw invalidField(req, 'file', 'This file does not exist or was not uploaded by a member of the team.')
    }
    const accepted = (stage.acceptedFileTypes ?? []) as FileKind[]
    const kind = (Object.keys(FILE_KINDS) as FileKind[]).find((k) => FILE_KINDS[k].mime === file.mimeType)
    if (!kind || !accepted.includes(kind)) {
      throw invalidField(
        req,
        'file',
        `"${file.filename}" is ${kind ? `a ${FILE_KINDS[kind].label}` : 'not an accepted'} file; "${stage.name}" accepts ${listKinds(accepted)}.`,
      )
    }
    const limit = (stage.maxFileSizeMB ?? 10) * 1024 * 1024
    if ((file.filesize ?? 0) > limit) {
      throw refuse(
        413,
        `"${file.filename}" is ${formatBytes(file.filesize ?? 0)}; "${stage.name}" accepts files up to ${formatBytes(limit)}.`,
      )
    }
  }
}

/**
 * Submitting work for a stage: the leader or a member who accepted their invitation, of a verified team, while the stage
 * is open (late inside the grace, refused after), if the team is eligible for it. One
 * submission per team per stage; resubmitting replaces it until the deadline, and the
 * earlier versions stay in the history.
 */
export const enforceSubmissionRules: CollectionBeforeChangeHook<Submission> = async ({ data, operation, originalDoc, req }) => {
  const registrationId = idOf(operation === 'create' ? data.registration : originalDoc?.registration)
  if (!registrationId) throw invalidField(req, 'registration', 'Choose the registration (team) this work is for.')
  const registration = await req.payload.findByID({
    collection: 'registrations',
    depth: 0,
    disableErrors: true,
    id: registrationId,
    overrideAccess: true,
    req,
  })
  if (!registration) throw invalidField(req, 'registration', 'This registration does not exist.')
  const user = req.user
  // Bound accounts only: the leader and members who accepted their invitation.
  const teamAccounts = teamAccountsOf(registration)
  if (!user || (!teamAccounts.includes(String(user.id)) && !isCommittee(user))) {
    throw refuse(
      403,
      'Only members of the team submit its work. Were you invited? Accept the invitation emailed to you first, logged in with that address.',
    )
  }
  if (!canSubmit(registration.status)) throw refuse(403, `Only verified teams submit work; this registration is ${registration.status}.`)

  const competitionId = idOf(registration.competition) as string
  const competition = await loadCompetition(req, competitionId)
  const stageKey = operation === 'create' ? data.stage : originalDoc?.stage
  const stage = competition.stages?.find((candidate) => candidate.key === stageKey)
  if (!stage) throw invalidField(req, 'stage', `${competition.title} has no stage "${stageKey}".`)

  const now = new Date()
  const window = submissionWindow(stage, now)
  if (!window.open) throw invalidField(req, 'stage', `${window.message} Nothing can be submitted or changed now.`)
  if (!isEligibleForStage(stage, registration.progress)) {
    throw refuse(403, `Only teams advanced into "${stage.name}" submit work for it.`)
  }

  await checkWork(req, stage, { ...originalDoc, ...data }, teamAccounts)

  if (operation === 'create') {
    const key = `${registrationId}:${stage.key}`
    const existing = await req.payload.find({
      collection: 'submissions',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: { key: { equals: key } },
    })
    if (existing.docs[0]) {
      throw refuse(
        409,
        `Your team already submitted for "${stage.name}". Update submission ${existing.docs[0].id} to replace it (PATCH /api/submissions/${existing.docs[0].id}).`,
      )
    }
    data.key = key
    data.competition = competitionId
  }
  data.submittedBy = user.id
  data.submittedAt = now.toISOString()
  data.late = window.late
  return data
}
