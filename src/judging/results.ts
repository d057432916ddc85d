import type { Payload } from 'payload'

import type { Competition } from '../payload-types'

import { findAllAsServer } from '../db/findAllAsServer'
import { PLACINGS } from '../domain/judging'

const PLACING_ORDER: string[] = PLACINGS.map((placing) => placing.value)

/**
 * Public results of a published competition: for every stage whose results are published, the
 * teams advanced into the next stage (team name and institution only); for the last stage,
 * the winners with their placing. Nothing of unpublished stages. Used by
 * GET /api/competitions/:id/results and the results page alike.
 */
export const publicResults = async (payload: Payload, competition: Competition) => {
  const stages = competition.stages ?? []
  const published = stages.map((stage, index) => ({ index, stage })).filter(({ stage }) => stage.resultsPublished)
  const teams = published.length
    ? await findAllAsServer(payload, 'registrations', {
        select: { institution: true, placing: true, progress: true, teamName: true },
        sort: 'teamName',
        where: { and: [{ competition: { equals: competition.id } }, { status: { equals: 'verified' } }] },
      })
    : []
  const publicTeam = (team: (typeof teams)[number]) => ({ institution: team.institution, teamName: team.teamName })
  const lastPublished = published.some(({ index }) => index === stages.length - 1)
  return {
    competition: { id: competition.id, slug: competition.slug, title: competition.title },
    stages: published.map(({ index, stage }) => {
      const next = stages[index + 1]
      return {
        advanced: next ? teams.filter((team) => (team.progress ?? []).some((entry) => entry.stage === next.key)).map(publicTeam) : [],
        advancedTo: next ? { key: next.key, name: next.name } : null,
        key: stage.key,
        name: stage.name,
      }
    }),
    winners: lastPublished
      ? teams
          .filter((team) => team.placing)
          .sort((a, b) => PLACING_ORDER.indexOf(a.placing as string) - PLACING_ORDER.indexOf(b.placing as string))
          .map((team) => ({ ...publicTeam(team), placing: team.placing }))
      : [],
  }
}
