import type { Payload } from 'payload'

import type { User } from '../src/payload-types'

import { ANNOUNCEMENT_LIST } from '../src/frontend/announcementList'
import { pendingInvitationsFor } from '../src/invitations/pendingInvitations'
import { idOf } from '../src/shared/idOf'

const ids = (values: unknown[]): string[] => [...new Set(values.map(idOf).filter((id): id is string => Boolean(id)))]

/**
 * The dashboard's reads as they were before issue 12's last round (commit d3651d5), kept to be
 * measured side by side with src/frontend/dashboardReads.ts: one read after another, the
 * competitions' titles after the announcements, totals counted.
 */
export const previousDashboardReads = async (payload: Payload, user: User) => {
  // Teams this account leads or joined (by accepting an invitation): the collection's read access decides.
  const { docs: registrations } = await payload.find({
    collection: 'registrations',
    depth: 0,
    limit: 100,
    overrideAccess: false,
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
  const [invitations, announcements] = await Promise.all([
    pendingInvitationsFor(payload, user),
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
  ])
  const named = ids([...ownCompetitions, ...announcements.docs.map((announcement) => announcement.competition)])
  const { docs: competitions } =
    named.length > 0
      ? await payload.find({
          collection: 'competitions',
          depth: 0,
          limit: named.length,
          overrideAccess: false,
          pagination: false,
          select: { slug: true, title: true },
          user,
          where: { id: { in: named } },
        })
      : { docs: [] }
  const competitionOf = (value: unknown) => competitions.find((competition) => String(competition.id) === idOf(value)) ?? null
  return {
    announcements: announcements.docs.map((announcement) => ({ ...announcement, competition: competitionOf(announcement.competition) })),
    invitations,
    registrations: registrations.map((registration) => ({ ...registration, competition: competitionOf(registration.competition) })),
  }
}
