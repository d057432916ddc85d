import type { PayloadRequest, Where } from 'payload'

import type { Cell } from '../domain/csv'
import type { RegistrationStatus } from '../domain/registration'
import type { ExportWords } from '../i18n/exports'
import type { Competition } from '../payload-types'
import type { ExportTable } from './exportBody'

import { pageThrough } from '../db/pageThrough'
import { jakartaDateTime, memberSlots, type RegistrationLayout } from '../domain/exports'
import { idOf } from '../shared/idOf'
import { peopleNames } from './lookups'

const SELECT = {
  code: true,
  feeDue: true,
  institution: true,
  members: { email: true, name: true, studentId: true },
  placing: true,
  progress: { stage: true },
  reviewedAt: true,
  reviewedBy: true,
  reviewNote: true,
  status: true,
  teamName: true,
} as const

type Member = { email?: null | string; name?: null | string; studentId?: null | string }

/**
 * A competition's registrations for the committee, oldest first: one row per team with its
 * members side by side (member one is the leader), or one row per member with the team's
 * columns repeated. Filtered by status when `statuses` is given.
 */
export const registrationsTable = (
  req: PayloadRequest,
  args: {
    competition: Pick<Competition, 'id' | 'stages' | 'teamSize'>
    layout: RegistrationLayout
    statuses: null | RegistrationStatus[]
    words: ExportWords
  },
): ExportTable => {
  const { competition, layout, statuses, words } = args
  const slots = memberSlots(competition.teamSize?.max)
  const stageNames = new Map((competition.stages ?? []).map((stage) => [stage.key, stage.name]))
  const where: Where = {
    and: [{ competition: { equals: competition.id } }, ...(statuses ? [{ status: { in: statuses } }] : [])],
  }

  const identity = [words.code, words.teamName, words.institution, words.status]
  const teamFacts = [words.leaderName, words.leaderEmail, words.memberCount]
  const decision = [
    words.feeDue,
    words.registeredAt,
    words.reviewedAt,
    words.reviewedBy,
    words.reviewNote,
    words.advancedInto,
    words.placing,
  ]
  const header =
    layout === 'team'
      ? [
          ...identity,
          ...teamFacts,
          ...Array.from({ length: slots }, (_, index) =>
            (['name', 'email', 'studentId'] as const).map((part) => words.member(index + 1, part)),
          ).flat(),
          words.otherMembers,
          ...decision,
        ]
      : [...identity, words.memberNumber, words.memberName, words.memberEmail, words.studentId, words.isLeader, ...teamFacts, ...decision]

  const reviewers = peopleNames(req)
  const memberCells = (member: Member | undefined): Cell[] => [member?.name, member?.email, member?.studentId]

  async function* pages(): AsyncGenerator<Cell[][]> {
    for await (const page of pageThrough(req, 'registrations', { select: SELECT, where })) {
      await reviewers.load(page.map((registration) => idOf(registration.reviewedBy)))
      yield page.flatMap((registration) => {
        const members: Member[] = registration.members ?? []
        const leader = members[0]
        const reviewer = reviewers.get(idOf(registration.reviewedBy))
        const teamIdentity: Cell[] = [
          registration.code,
          registration.teamName,
          registration.institution,
          words.statuses[registration.status as RegistrationStatus] ?? registration.status,
        ]
        const facts: Cell[] = [leader?.name, leader?.email, members.length]
        const decided: Cell[] = [
          registration.feeDue,
          jakartaDateTime((registration as { createdAt?: string }).createdAt),
          jakartaDateTime(registration.reviewedAt),
          reviewer ? reviewer.name || reviewer.email : '',
          registration.reviewNote,
          (registration.progress ?? []).map((entry) => stageNames.get(entry.stage) ?? entry.stage).join(', '),
          registration.placing ? words.placings[registration.placing] : '',
        ]
        if (layout === 'member') {
          return members.map((member, index) => [
            ...teamIdentity,
            index + 1,
            ...memberCells(member),
            index === 0 ? words.yes : words.no,
            ...facts,
            ...decided,
          ])
        }
        const others = members
          .slice(slots)
          .map((member) => `${member.name} <${member.email}> (${member.studentId})`)
          .join('; ')
        return [
          [
            ...teamIdentity,
            ...facts,
            ...Array.from({ length: slots }, (_, index) => memberCells(members[index])).flat(),
            others,
            ...decided,
          ],
        ]
      })
    }
  }

  return { header, name: words.sheets.registrations, pages }
}
