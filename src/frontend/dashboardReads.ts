import type { Payload } from 'payload'

import type { User } from '../payload-types'

import { pendingInvitationsFor } from '../invitations/pendingInvitations'
import { idOf } from '../shared/idOf'
import { ANNOUNCEMENT_LIST } from './announcementList'

const ids = (values: unknown[]): string[] => [...new Set(values.map(idOf).filter((id): id is string => Boolean(id)))]

/** The titles and slugs of these competitions, as the reader may read them. */
const competitionsNamed = async (payload: Payload, user: User, named: string[]) =>
  named.length === 0
    ? []
    : (
        await payload.find({
          collection: 'competitions',
          depth: 0,
          limit: named.length,
          overrideAccess: false,
          pagination: false,
          select: { slug: true, title: true },
          user,
          where: { id: { in: named } },
        })
      ).docs

/**
 * What a participant's dashboard reads (src/app/(frontend)/[lang]/dashboard/page.tsx), in one place
 * so the benchmark (bench/registrations-list.bench.ts) measures exactly what the page does.
 *
 * Read at depth 0, with the competitions' titles and slugs read once for both lists: population at
 * depth 1 fetched each registration's competition, leader, member accounts and documents one by
 * one, with an access check each, and cost four times the registrations' own read among 20,000
 * registrations (PostgreSQL: 113 ms median against 23 ms). What does not wait for another read runs
 * beside it: the invitations beside everything, the competitions' titles beside the announcements.
 * No totals are counted (`pagination: false`): the page lists, it does not page.
 */
export const dashboardReads = async (payload: Payload, user: User) => {
  const [invitations, own] = await Promise.all([pendingInvitationsFor(payload, user), teamsAndAnnouncements(payload, user)])
  return { ...own, invitations }
}

const teamsAndAnnouncements = async (payload: Payload, user: User) => {
  // Teams this account leads or joined (by accepting an invitation): the collection's read access decides.
  const { docs: registrations } = await payload.find({
    collection: 'registrations',
    depth: 0,
    limit: 100,
    overrideAccess: false,
    pagination: false,
    select: {
      code: true,
      competition: true,
      createdAt: true,
      feeDue: true,
      leader: true,
      members: { email: true, id: true, name: true, user: true },
      reviewNote: true,
      status: true,
      teamName: true,
    },
    sort: '-createdAt',
    user,
  })
  const ownCompetitions = ids(registrations.map((registration) => registration.competition))
  const [announcements, named] = await Promise.all([
    // Announcements to this account's audiences (read access decides), and the public ones of its
    // own competitions; published ones only, also for a committee member looking at their dashboard.
    payload.find({
      ...ANNOUNCEMENT_LIST,
      user,
      where: {
        and: [
          { publishAt: { less_than_equal: new Date().toISOString() } },
          ownCompetitions.length > 0
            ? { or: [{ audience: { not_equals: 'public' } }, { competition: { in: ownCompetitions } }] }
            : { audience: { not_equals: 'public' } },
        ],
      },
    }),
    // Read beside the announcements: a team's announcements are of its own competitions. Only a
    // judge's (the judges' audience) may name another, read after.
    competitionsNamed(payload, user, ownCompetitions),
  ])
  const others = ids(announcements.docs.map((announcement) => announcement.competition)).filter((id) => !ownCompetitions.includes(id))
  const competitions = [...named, ...(await competitionsNamed(payload, user, others))]
  const competitionOf = (value: unknown) => competitions.find((competition) => String(competition.id) === idOf(value)) ?? null
  return {
    announcements: announcements.docs.map((announcement) => ({ ...announcement, competition: competitionOf(announcement.competition) })),
    registrations: registrations.map((registration) => ({ ...registration, competition: competitionOf(registration.competition) })),
  }
}
