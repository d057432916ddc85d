import type { PayloadRequest } from 'payload'

import type { Announcement } from '../payload-types'

import { teamAccountsOf } from '../../access/teams'
import { findAllAsServer } from '../db/findAllAsServer'
import { EXCLUDED_STATUSES, teamInAudience } from '../domain/announcements'
import { idOf } from '../shared/idOf'

/**
 * The accounts an announcement is emailed to, read inside the request's transaction: the judges
 * of its competition for the judges' audience; otherwise every account bound to a team in the
 * audience (src/domain/announcements.ts), the same rule read access applies.
 */
export const audienceAccounts = async (
  req: PayloadRequest,
  announcement: Pick<Announcement, 'audience' | 'competition' | 'stage'>,
): Promise<string[]> => {
  const competitionId = idOf(announcement.competition) as string
  if (announcement.audience === 'judges') {
    const [competition] = await findAllAsServer(req, 'competitions', { select: { judges: true }, where: { id: { equals: competitionId } } })
    return [...new Set((competition?.judges ?? []).map((judge) => idOf(judge)).filter((id): id is string => Boolean(id)))]
  }
  const teams = await findAllAsServer(req, 'registrations', {
    select: { leader: true, members: true, progress: true, status: true },
    where: { and: [{ competition: { equals: competitionId } }, { status: { not_in: [...EXCLUDED_STATUSES] } }] },
  })
  const accounts = teams.filter((team) => teamInAudience(announcement.audience, announcement.stage, team)).flatMap(teamAccountsOf)
  return [...new Set(accounts)]
}
