import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf } from '../../src/shared/idOf'
import { forgetStats } from '../../src/stats/statsCache'

type CompetitionOf = (doc: Record<string, unknown>) => null | string | undefined

/**
 * After a write that changes a competition's numbers, the remembered numbers of that
 * competition are forgotten (src/stats/statsCache.ts), so the committee sees the change on its
 * next look. `competitionOf` finds the competition in the document; when it cannot (a conflict
 * names only a team), every competition's numbers are forgotten.
 */
export const forgetCompetitionStatsAfterChange =
  (competitionOf: CompetitionOf): CollectionAfterChangeHook =>
  async ({ doc, previousDoc }) => {
    // Awaited: with Redis the numbers are forgotten on every instance before the write is answered.
    await forgetStats(competitionOf(doc))
    if (previousDoc) await forgetStats(competitionOf(previousDoc))
    return doc
  }

export const forgetCompetitionStatsAfterDelete =
  (competitionOf: CompetitionOf): CollectionAfterDeleteHook =>
  async ({ doc }) => {
    await forgetStats(competitionOf(doc))
    return doc
  }

/** The competition a registration, submission or score belongs to. */
export const competitionField: CompetitionOf = (doc) => idOf(doc.competition)
/** A competition is its own. */
export const ownId: CompetitionOf = (doc) => (doc.id === undefined ? null : String(doc.id))
/** Documents that do not name their competition. */
export const anyCompetition: CompetitionOf = () => null
