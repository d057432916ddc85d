import type { NodePgDatabase } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type { PgColumn, PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'

import { and, count, eq, gte, inArray, sql, sum } from '@payloadcms/db-postgres/drizzle'

import type { DayCount, InstitutionCount, StageCount, StatusTotal } from '../domain/stats'

import { JAKARTA_UTC_OFFSET_HOURS } from '../domain/stats'

/**
 * The grouped counts behind a competition's overview, asked of the database directly: Payload's
 * Local API counts and finds, but cannot group, and loading 20,000 registrations to count them
 * in JavaScript takes seconds. Five small queries, each answered from the competition's rows
 * through its indexes (registrations: `competition, status`; submissions and scores: `competition`).
 *
 * - SQLite and PostgreSQL: drizzle's query builder over the tables Payload generated, so column
 *   names follow the collections; only the day of a timestamp is said differently.
 * - MongoDB: aggregation pipelines with the same groups and the same result shapes.
 */
export type CompetitionCounts = {
  /** Registrations created since `since`, per calendar day in Jakarta. */
  days: DayCount[]
  /** Submissions of the stage whose team comes from one of `institutionKeys`. */
  sameInstitution: InstitutionCount[]
  /** Scores per stage by the judges in `judgeIds`. */
  scores: StageCount[]
  /** Registrations per status, with the sum of their fees due. */
  statuses: StatusTotal[]
  submissions: StageCount[]
}

export type CountQuery = { competitionId: string; institutionKeys: string[]; judgeIds: string[]; since: Date }

export const competitionCounts = (payload: Payload, query: CountQuery): Promise<CompetitionCounts> =>
  payload.db.name === 'mongoose' ? mongoCounts(payload, query) : sqlCounts(payload, query)

type Table = PgTable & Record<string, PgColumn>
// SQLite's drizzle database has the same query builder as PostgreSQL's; typed as the latter.
type SqlAdapter = { drizzle: NodePgDatabase; name: string; tables: Record<string, Table> }

/**
 * The SQL statements behind the counts, as drizzle queries (awaiting one runs it; `.toSQL()`
 * shows it). The benchmark runs the very same statements through the raw driver as its baseline.
 */
export const sqlCountQueries = (payload: Payload, { competitionId, institutionKeys, judgeIds, since }: CountQuery) => {
  const { drizzle: db, name, tables } = payload.db as unknown as SqlAdapter
  const { registrations, scores, submissions } = tables
  // Constants written into the statement (not bound) so that PostgreSQL sees the same
  // expression in SELECT and GROUP BY.
  const day =
    name === 'postgres'
      ? sql<string>`to_char(${registrations.createdAt} AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')`
      : sql<string>`strftime('%Y-%m-%d', ${registrations.createdAt}, ${sql.raw(`'+${JAKARTA_UTC_OFFSET_HOURS} hours'`)})`
  return {
    days: db
      .select({ count: count(), date: day })
      .from(registrations)
      .where(and(eq(registrations.competition, competitionId), gte(registrations.createdAt, since.toISOString())))
      .groupBy(day),
    sameInstitution:
      institutionKeys.length === 0
        ? null
        : db
            .select({ count: count(), institutionKey: registrations.institutionKey, stage: submissions.stage })
            .from(submissions)
            .innerJoin(registrations, eq(registrations.id, submissions.registration))
            .where(and(eq(submissions.competition, competitionId), inArray(registrations.institutionKey, institutionKeys)))
            .groupBy(submissions.stage, registrations.institutionKey),
    scores:
      judgeIds.length === 0
        ? null
        : db
            .select({ count: count(), stage: scores.stage })
            .from(scores)
            .where(and(eq(scores.competition, competitionId), inArray(scores.judge, judgeIds)))
            .groupBy(scores.stage),
    statuses: db
      .select({ count: count(), fees: sum(registrations.feeDue), status: registrations.status })
      .from(registrations)
      .where(eq(registrations.competition, competitionId))
      .groupBy(registrations.status),
    submissions: db
      .select({ count: count(), stage: submissions.stage })
      .from(submissions)
      .where(eq(submissions.competition, competitionId))
      .groupBy(submissions.stage),
  }
}

const sqlCounts = async (payload: Payload, query: CountQuery): Promise<CompetitionCounts> => {
  const queries = sqlCountQueries(payload, query)
  const [statuses, days, submitted, scored, sameInstitution] = await Promise.all([
    queries.statuses,
    queries.days,
    queries.submissions,
    queries.scores ?? [],
    queries.sameInstitution ?? [],
  ])
  return {
    days: days.map((row) => ({ count: Number(row.count), date: String(row.date) })),
    sameInstitution: sameInstitution.map((row) => ({
      count: Number(row.count),
      institutionKey: String(row.institutionKey),
      stage: String(row.stage),
    })),
    scores: scored.map((row) => ({ count: Number(row.count), stage: String(row.stage) })),
    statuses: statuses.map((row) => ({ count: Number(row.count), fees: Number(row.fees ?? 0), status: String(row.status) })),
    submissions: submitted.map((row) => ({ count: Number(row.count), stage: String(row.stage) })),
  }
}

type MongoGroup = { _id: unknown; count: number; fees?: number }
type MongoModel = {
  aggregate: (pipeline: object[]) => Promise<MongoGroup[]>
  base: { Types: { ObjectId: { isValid: (id: string) => boolean; new (id: string): unknown } } }
  collection: { name: string }
}

const mongoCounts = async (
  payload: Payload,
  { competitionId, institutionKeys, judgeIds, since }: CountQuery,
): Promise<CompetitionCounts> => {
  const models = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections
  const { registrations, scores, submissions } = models
  // Payload stores relationships as ObjectIds when ids are ObjectIds; match what is stored.
  const { ObjectId } = registrations.base.Types
  const stored = (id: string) => (ObjectId.isValid(id) ? new ObjectId(id) : id)
  const competition = stored(competitionId)
  const perStage = { _id: '$stage', count: { $sum: 1 } }

  const [statuses, days, submitted, scored, sameInstitution] = await Promise.all([
    registrations.aggregate([
      { $match: { competition } },
      { $group: { _id: '$status', count: { $sum: 1 }, fees: { $sum: { $ifNull: ['$feeDue', 0] } } } },
    ]),
    registrations.aggregate([
      { $match: { competition, createdAt: { $gte: since } } },
      { $group: { _id: { $dateToString: { date: '$createdAt', format: '%Y-%m-%d', timezone: 'Asia/Jakarta' } }, count: { $sum: 1 } } },
    ]),
    submissions.aggregate([{ $match: { competition } }, { $group: perStage }]),
    judgeIds.length === 0
      ? []
      : scores.aggregate([{ $match: { competition, judge: { $in: judgeIds.map(stored) } } }, { $group: perStage }]),
    institutionKeys.length === 0
      ? []
      : submissions.aggregate([
          { $match: { competition } },
          { $lookup: { as: 'team', foreignField: '_id', from: registrations.collection.name, localField: 'registration' } },
          { $unwind: '$team' },
          { $match: { 'team.institutionKey': { $in: institutionKeys } } },
          { $group: { _id: { institutionKey: '$team.institutionKey', stage: '$stage' }, count: { $sum: 1 } } },
        ]),
  ])
  return {
    days: days.map((row) => ({ count: row.count, date: String(row._id) })),
    sameInstitution: sameInstitution.map((row) => {
      const group = row._id as { institutionKey: string; stage: string }
      return { count: row.count, institutionKey: group.institutionKey, stage: group.stage }
    }),
    scores: scored.map((row) => ({ count: row.count, stage: String(row._id) })),
    statuses: statuses.map((row) => ({ count: row.count, fees: row.fees ?? 0, status: String(row._id) })),
    submissions: submitted.map((row) => ({ count: row.count, stage: String(row._id) })),
  }
}
