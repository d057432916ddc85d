import type { Endpoint } from 'payload'

import { requireCommittee } from '../../access/endpoints'
import { refuse } from '../shared/refusals'
import { competitionStats, STATS_FIELDS } from '../stats/competitionStats'
import { rememberedStats } from '../stats/statsCache'

/**
 * `GET /api/competitions/:id/stats`: the committee's numbers for one competition, drafts
 * included (see src/stats/competitionStats.ts for what each number means). Teams and judges
 * get a 403, anonymous callers a 401: registration counts and fees are the committee's business.
 * Remembered for a few seconds per instance, forgotten on writes (src/stats/statsCache.ts).
 */
export const competitionStatsEndpoint: Endpoint = {
  handler: async (req) => {
    requireCommittee(req, {
      anonymous: "Log in as a committee member to see a competition's numbers.",
      other: "Only the committee sees a competition's numbers.",
    })
    const id = String(req.routeParams?.id)
    const competition = await req.payload
      .findByID({ collection: 'competitions', depth: 0, disableErrors: true, id, overrideAccess: true, req, select: STATS_FIELDS })
      .catch(() => null)
    if (!competition) throw refuse(404, `No competition has the id "${id}". Take the id from the competition's address in /admin.`)
    return Response.json(await rememberedStats(String(competition.id), () => competitionStats(req, competition)))
  },
  method: 'get',
  path: '/:id/stats',
}
