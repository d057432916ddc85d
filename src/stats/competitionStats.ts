import type { PayloadRequest } from 'payload'

import type { Competition } from '../payload-types'

import { competitionCounts } from '../db/competitionCounts'
import { findAllAsServer } from '../db/findAllAsServer'
import { institutionKey, type RegistrationStatus } from '../domain/registration'
import { type DayCount, type DeclaredConflict, fillDays, type Judge, lastDays, registrationTotals, stageProgress } from '../domain/stats'
import { idOf } from '../shared/idOf'

export const STATS_DAYS = 30

/** What `GET /api/competitions/:id/stats` answers and the admin overview shows. */
export type CompetitionStats = {
  competition: { id: string; quota: null | number; title: string; waitlist: boolean }
  /** Registrations with status `pending`: their documents wait for the committee's decision. */
  documentsAwaitingReview: number
  /** Rupiah: `due` is owed by the teams holding a place, `verified` by the verified ones among them. */
  fees: { due: number; verified: number }
  judging: { name: string; scoresExpected: number; scoresGiven: number; stage: string }[]
  registrations: { byStatus: Record<RegistrationStatus, number>; placesTaken: number; quota: null | number; waitlisted: number }
  /** The last 30 days in Jakarta, oldest first, today last, days without registrations included. */
  registrationsPerDay: DayCount[]
  submissions: { count: number; name: string; stage: string }[]
}

/** The fields of a competition the numbers need; the endpoint reads only these. */
export const STATS_FIELDS = {
  judges: true,
  quota: true,
  stages: { judgesPerSubmission: true, key: true, name: true },
  title: true,
  waitlist: true,
} as const
export type StatsCompetition = Pick<Competition, 'id' | 'judges' | 'quota' | 'title' | 'waitlist'> & {
  stages?: { judgesPerSubmission?: null | number; key: string; name: string }[] | null
}

/**
 * A competition's numbers for the committee, from grouped queries (src/db/competitionCounts.ts)
 * shaped by the rules in src/domain/stats.ts. The endpoint and the admin overview both call
 * this, so they never disagree. Reads everything with the server's authority: callers decide
 * who may see it.
 */
export const competitionStats = async (req: PayloadRequest, competition: StatsCompetition, now = new Date()): Promise<CompetitionStats> => {
  const window = lastDays(now, STATS_DAYS)
  const judges = await judgesOf(req, competition)
  const institutionKeys = [...new Set(judges.flatMap((judge) => (judge.institutionKey ? [judge.institutionKey] : [])))]
  const [counts, declaredConflicts] = await Promise.all([
    competitionCounts(req.payload, {
      competitionId: String(competition.id),
      days: window,
      institutionKeys,
      judgeIds: judges.map((judge) => judge.id),
    }),
    declaredConflictsOf(req, competition, judges),
  ])
  // Assigning stages expect one score per assignment: counted per stage (a competition has few).
  const assignments = await Promise.all(
    (competition.stages ?? [])
      .filter((stage) => stage.judgesPerSubmission)
      .map(async (stage) => ({
        count: (
          await req.payload.count({
            collection: 'assignments',
            overrideAccess: true,
            req,
            where: { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] },
          })
        ).totalDocs,
        stage: stage.key,
      })),
  )
  const totals = registrationTotals(counts.statuses)
  const progress = stageProgress({
    assignments,
    declaredConflicts,
    judges,
    sameInstitution: counts.sameInstitution,
    scores: counts.scores,
    stages: (competition.stages ?? []).map(({ judgesPerSubmission, key, name }) => ({ assigned: Boolean(judgesPerSubmission), key, name })),
    submissions: counts.submissions,
  })
  const quota = competition.quota ?? null
  return {
    competition: { id: String(competition.id), quota, title: competition.title, waitlist: Boolean(competition.waitlist) },
    documentsAwaitingReview: totals.documentsAwaitingReview,
    fees: totals.fees,
    judging: progress.judging,
    registrations: { byStatus: totals.byStatus, placesTaken: totals.placesTaken, quota, waitlisted: totals.waitlisted },
    registrationsPerDay: fillDays(window, counts.days),
    submissions: progress.submissions,
  }
}

/** The competition's judges with their institution as access/judging.ts compares it. */
const judgesOf = async (req: PayloadRequest, competition: StatsCompetition): Promise<Judge[]> => {
  const ids = (competition.judges ?? []).map(idOf)
  if (ids.length === 0) return []
  const docs = await findAllAsServer(req, 'users', { select: { institution: true }, where: { id: { in: ids } } })
  return docs.map((user) => ({ id: String(user.id), institutionKey: user.institution?.trim() ? institutionKey(user.institution) : null }))
}

/**
 * The judges' declared conflicts with teams that submitted work to this competition. A judge
 * declares a handful, so these are read as documents (three small queries, none when nobody
 * declared anything) rather than grouped per database.
 */
const declaredConflictsOf = async (req: PayloadRequest, competition: StatsCompetition, judges: Judge[]): Promise<DeclaredConflict[]> => {
  if (judges.length === 0) return []
  const conflicts = await findAllAsServer(req, 'conflicts', {
    select: { judge: true, registration: true },
    where: { judge: { in: judges.map((judge) => judge.id) } },
  })
  if (conflicts.length === 0) return []
  const teams = [...new Set(conflicts.map((conflict) => idOf(conflict.registration)).filter((id): id is string => Boolean(id)))]
  const [submitted, registrations] = await Promise.all([
    findAllAsServer(req, 'submissions', {
      select: { registration: true, stage: true },
      where: { and: [{ competition: { equals: competition.id } }, { registration: { in: teams } }] },
    }),
    findAllAsServer(req, 'registrations', { select: { institutionKey: true }, where: { id: { in: teams } } }),
  ])
  const institutionOf = new Map(registrations.map((registration) => [String(registration.id), registration.institutionKey ?? null]))
  return conflicts.flatMap((conflict) =>
    submitted
      .filter((submission) => idOf(submission.registration) === idOf(conflict.registration))
      .map((submission) => ({
        institutionKey: institutionOf.get(String(idOf(submission.registration))) ?? null,
        judge: String(idOf(conflict.judge)),
        registration: String(idOf(submission.registration)),
        stage: submission.stage,
      })),
  )
}
