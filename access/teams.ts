import type { PayloadRequest, Where } from 'payload'

import { findAllAsServer } from '../src/db/findAllAsServer'
import { submissionWindow } from '../src/domain/judging'
import { idOf } from '../src/shared/idOf'

/**
 * "Is this person on the team" has one answer everywhere: they lead it, or a member row is
 * bound to their account because they accepted its invitation. Never an email compared at
 * request time: an email is text a person can change.
 *
 * Found as two lookups, each on its own index (`leader`; the members' `user`), not as one
 * `or` across the members join: the database cannot use an index for an `or` spanning two
 * tables, so that read every registration with its members — among 20,000 registrations a
 * participant's dashboard took seconds (bench/registrations-list.bench.ts). The two run side by side.
 */
export const teamRegistrationIds = async (req: PayloadRequest, userId: number | string): Promise<string[]> => {
  const [led, joined] = await Promise.all([
    findAllAsServer(req, 'registrations', { select: { status: true }, where: { leader: { equals: userId } } }),
    findAllAsServer(req, 'registrations', { select: { status: true }, where: { 'members.user': { equals: userId } } }),
  ])
  return [...new Set([...led, ...joined].map((doc) => String(doc.id)))]
}

/** The registrations this account is on (see teamRegistrationIds), as a `Where` on registrations. */
export const onTeamWhere = async (req: PayloadRequest, userId: number | string): Promise<Where> => ({
  id: { in: await teamRegistrationIds(req, userId) },
})

/** The accounts bound to a registration: its leader and every member who accepted. */
export const teamAccountsOf = (registration: { leader?: unknown; members?: { user?: unknown }[] | null }): string[] => {
  const ids = [idOf(registration.leader), ...(registration.members ?? []).map((member) => idOf(member.user))]
  return [...new Set(ids.filter((id): id is string => Boolean(id)))]
}

/**
 * Whether the account is on a verified team whose competition has a stage open for
 * submissions now (grace included). Large submission files are for such teams only.
 * Membership is the bound accounts (onTeamWhere), as for every other team rule.
 */
export const isOnVerifiedTeamWithOpenStage = async (req: PayloadRequest, userId: number | string, now = new Date()): Promise<boolean> => {
  const registrations = await findAllAsServer(req, 'registrations', {
    select: { competition: true },
    where: { and: [await onTeamWhere(req, userId), { status: { equals: 'verified' } }] },
  })
  const competitionIds = [
    ...new Set(registrations.map((registration) => idOf(registration.competition)).filter((id): id is string => Boolean(id))),
  ]
  if (competitionIds.length === 0) return false
  const competitions = await findAllAsServer(req, 'competitions', { select: { stages: true }, where: { id: { in: competitionIds } } })
  return competitions.some((competition) => (competition.stages ?? []).some((stage) => submissionWindow(stage, now).open))
}
