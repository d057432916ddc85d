import type { Access, PayloadRequest, Where } from 'payload'

import { findAllAsServer } from '../src/db/findAllAsServer'
import { EXCLUDED_STATUSES, teamInAudience } from '../src/domain/announcements'
import { idOf } from '../src/shared/idOf'
import { oncePerOperation } from './oncePerOperation'
import { isCommittee } from './roles'
import { onTeamWhere } from './teams'

const publishedBy = (now: Date): Where => ({ publishAt: { less_than_equal: now.toISOString() } })
const publicAudience: Where = { audience: { equals: 'public' } }

/**
 * The audiences this account belongs to, as clauses on announcements: per team it is on (leader
 * or bound member, access/teams.ts) and still taking part, the team audiences that team is in;
 * per competition it judges, the judges' audience. Looked up when asked, so a team verified,
 * advanced or withdrawn a moment ago reads accordingly on its next request.
 */
const audiencesOf = async (req: PayloadRequest, userId: number | string): Promise<Where[]> => {
  const [teams, judged] = await Promise.all([
    onTeamWhere(req, userId).then((onTeam) =>
      findAllAsServer(req, 'registrations', {
        select: { competition: true, progress: true, status: true },
        where: { and: [onTeam, { status: { not_in: [...EXCLUDED_STATUSES] } }] },
      }),
    ),
    findAllAsServer(req, 'competitions', { select: { id: true }, where: { judges: { in: [userId] } } }),
  ])
  const byAudience = new Map<string, Set<string>>()
  const advanced: Where[] = []
  for (const team of teams) {
    const competition = idOf(team.competition)
    if (!competition) continue
    for (const audience of ['registered', 'verified'] as const) {
      if (!teamInAudience(audience, null, team)) continue
      byAudience.set(audience, (byAudience.get(audience) ?? new Set()).add(competition))
    }
    for (const { stage } of team.progress ?? []) {
      if (teamInAudience('advanced', stage, team)) {
        advanced.push({
          and: [{ audience: { equals: 'advanced' } }, { competition: { equals: competition } }, { stage: { equals: stage } }],
        })
      }
    }
  }
  if (judged.length > 0) byAudience.set('judges', new Set(judged.map((competition) => String(competition.id))))
  const clauses = [...byAudience].map(([audience, competitions]): Where => ({
    and: [{ audience: { equals: audience } }, { competition: { in: [...competitions] } }],
  }))
  return [...clauses, ...advanced]
}

/**
 * The committee reads every announcement, scheduled ones included. Anyone else reads published
 * ones only (publish time reached): public ones, and those whose audience they are in. All as a
 * `Where`, so lists, counts, GraphQL and a client's own `where` are filtered by the database.
 * Looked up once per operation (access/oncePerOperation.ts), not again for each path Payload checks.
 */
export const announcementReadAccess: Access = oncePerOperation('announcements.read', async ({ req }) => {
  const { user } = req
  if (isCommittee(user)) return true
  const published = publishedBy(new Date())
  if (!user) return { and: [published, publicAudience] }
  return { and: [published, { or: [publicAudience, ...(await audiencesOf(req, user.id))] }] }
})
