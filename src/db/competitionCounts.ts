import type { NodePgDatabase } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type { PgColumn, PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'

import { and, count, eq, gte, inArray, lt, type SQL, sql } from '@payloadcms/db-postgres/drizzle'

import type { DayCount, DayWindow, InstitutionCount, StageCount, StatusTotal } from '../domain/stats'

const DAY = 24 * 60 * 60 * 1000

/**
 * The grouped counts behind a competition's overview, asked of the database directly: Payload's
 * Local API counts and finds, but cannot group, and loading 20,000 registrations to count them
 * in JavaScript takes seconds. Five small grouped counts, each answered from an index alone
 * (registrations: `competition, status, feeDue` and `competition, createdAt`; submissions:
 * `competition, stage`; scores: `competition, judge, stage`).
 *
 * - SQLite and PostgreSQL: the five counts joined by UNION ALL (one statement on SQLite, three on PostgreSQL), written with
 *   drizzle's query builder over the tables Payload generated, so column names follow the
 *   collections; only the hour of a timestamp is said differently.
 * - MongoDB: aggregation pipelines with the same groups and the same result shapes.
 */
export type CompetitionCounts = {
  /** Registrations created on each day of `days`, a calendar day in Jakarta. */
  days: DayCount[]
  /** Submissions of the stage whose team comes from one of `institutionKeys`. */
  sameInstitution: InstitutionCount[]
  /** Scores per stage by the judges in `judgeIds`. */
  scores: StageCount[]
  /** Registrations per status, with the sum of their fees due. */
  statuses: StatusTotal[]
  submissions: StageCount[]
}

/** `days`: the window of registrations per day (src/domain/stats.ts `lastDays`). */
export type CountQuery = { competitionId: string; days: DayWindow; institutionKeys: string[]; judgeIds: string[] }

export const competitionCounts = (payload: Payload, query: CountQuery): Promise<CompetitionCounts> =>
  payload.db.name === 'mongoose' ? mongoCounts(payload, query) : sqlCounts(payload, query)

type Table = PgTable & Record<string, PgColumn>
// SQLite's drizzle database has the same query builder as PostgreSQL's; typed as the latter.
type SqlAdapter = { drizzle: NodePgDatabase; name: string; tables: Record<string, Table> }

/** What a row of the combined statements counts; `key` and `key2` say which group. */
const KINDS = { day: 'day', sameInstitution: 'same-institution', scores: 'scores', statuses: 'status', submissions: 'submissions' } as const

/** The shape of the statements: how many judges and institutions it compares with, how many days it counts. */
type Shape = { days: number; institutions: number; judges: number }
const shapeOf = (query: CountQuery): Shape => ({
  days: query.days.days.length,
  institutions: query.institutionKeys.length,
  judges: query.judgeIds.length,
})

/**
 * The counts as grouped SELECTs joined by UNION ALL, each answered from an index, so the
 * database is asked once per request on SQLite (one statement) and three times side by side on
 * PostgreSQL, instead of five. Every row says which count it belongs to (`kind`) and its group
 * (`key`, `key2`). Values are placeholders, filled by `countValues`: the statements are built
 * once per shape and prepared (see `sqlCounts`).
 *
 * - Registrations per day: one range count per day of the window (`createdAt` from the day's
 *   midnight in Jakarta to the next), its row keyed by the day's index. Counting a range of the
 *   (competition, createdAt) index needs no work per row; grouping by a day computed from each
 *   timestamp took ten times as long at 20,000 registrations on SQLite.
 * - Teams of a judge's institution that submitted: driven from the registrations of those
 *   institutions (index competition, institutionKey) to their submissions (index registration),
 *   not from every submission to its team. A submission's competition is its team's.
 *
 * Drizzle queries (`.toSQL()` shows them): the benchmark runs the very same statements through
 * the raw driver as its baseline.
 */
export const sqlCountStatements = (payload: Payload, shape: Shape) => {
  const { drizzle: db, name, tables } = payload.db as unknown as SqlAdapter
  const { registrations, scores, submissions } = tables
  const value = (name: string) => sql.placeholder(name)
  const competition = value('competition')
  // Both dialects say CAST; PostgreSQL needs it to unite a select field's enum with text.
  const text = (column: PgColumn | SQL) => sql<null | string>`cast(${column} as text)`
  const none = sql<null | string>`null`
  const literal = (constant: string) => sql<string>`cast(${sql.raw(`'${constant}'`)} as text)`
  const row = (kind: string, key: PgColumn | SQL, key2: null | PgColumn = null, fees: null | SQL = null) => ({
    count: count(),
    fees: fees ?? none,
    key: text(key),
    key2: key2 ? text(key2) : none,
    kind: literal(kind),
  })
  const perDay = Array.from({ length: shape.days }, (_, index) =>
    db
      .select(row(KINDS.day, literal(String(index))))
      .from(registrations)
      .where(
        and(
          eq(registrations.competition, competition),
          gte(registrations.createdAt, value(`from${index}`)),
          lt(registrations.createdAt, value(`from${index + 1}`)),
        ),
      ),
  )
  const statuses = [
    db
      .select(row(KINDS.statuses, registrations.status, null, sql<null | string>`sum(${registrations.feeDue})`))
      .from(registrations)
      .where(eq(registrations.competition, competition))
      .groupBy(registrations.status),
  ]
  const work = [
    db
      .select(row(KINDS.submissions, submissions.stage))
      .from(submissions)
      .where(eq(submissions.competition, competition))
      .groupBy(submissions.stage),
    shape.judges === 0
      ? null
      : db
          .select(row(KINDS.scores, scores.stage))
          .from(scores)
          .where(
            and(
              eq(scores.competition, competition),
              inArray(
                scores.judge,
                Array.from({ length: shape.judges }, (_, index) => value(`judge${index}`)),
              ),
            ),
          )
          .groupBy(scores.stage),
    shape.institutions === 0
      ? null
      : db
          .select(row(KINDS.sameInstitution, submissions.stage, registrations.institutionKey))
          .from(registrations)
          .innerJoin(submissions, eq(submissions.registration, registrations.id))
          .where(
            and(
              eq(registrations.competition, competition),
              inArray(
                registrations.institutionKey,
                Array.from({ length: shape.institutions }, (_, index) => value(`institution${index}`)),
              ),
            ),
          )
          .groupBy(submissions.stage, registrations.institutionKey),
  ].filter((part) => part !== null)
  type Part = (typeof statuses)[number]
  const union = (parts: Part[]) => parts.slice(1).reduce((all, part) => all.unionAll(part) as unknown as Part, parts[0])
  // PostgreSQL: three statements run side by side on the pool. As one, the 35 parts cost enough
  // for it to start parallel workers, whose start-up took longer than the counting.
  if (name === 'postgres') return [union(statuses), union(perDay as Part[]), union(work as Part[])]
  return [union([...statuses, ...(perDay as Part[]), ...(work as Part[])])]
}

/** The values of `sqlCountStatements`' placeholders for one query. */
export const countValues = ({ competitionId, days, institutionKeys, judgeIds }: CountQuery): Record<string, string> => ({
  competition: competitionId,
  ...Object.fromEntries(
    Array.from({ length: days.days.length + 1 }, (_, index) => [
      `from${index}`,
      new Date(days.since.getTime() + index * DAY).toISOString(),
    ]),
  ),
  ...Object.fromEntries(judgeIds.map((id, index) => [`judge${index}`, id])),
  ...Object.fromEntries(institutionKeys.map((key, index) => [`institution${index}`, key])),
})

type CountRow = { count: number | string; fees: null | number | string; key: null | string; key2: null | string; kind: string }
type Prepared = { all?: (values: object) => Promise<CountRow[]>; execute?: (values: object) => Promise<CountRow[]> }

/**
 * Prepared statements per database and shape. Building the statement (35 selects) costs more
 * than running it, so it is built once; PostgreSQL also plans a named prepared statement once
 * per connection. A handful of shapes ever exist (a competition has a few judges).
 */
const prepared = new WeakMap<object, Map<string, Prepared[]>>()

const preparedFor = (payload: Payload, shape: Shape): Prepared[] => {
  const { drizzle: db, name } = payload.db as unknown as SqlAdapter
  const cache = prepared.get(db) ?? new Map<string, Prepared[]>()
  prepared.set(db, cache)
  const key = `${shape.days}_${shape.judges}_${shape.institutions}`
  let statements = cache.get(key)
  if (!statements) {
    const queries = sqlCountStatements(payload, shape) as unknown as { prepare: (name?: string) => Prepared }[]
    statements = queries.map((query, index) =>
      name === 'postgres' ? query.prepare(`competition_counts_${key}_${index}`) : query.prepare(),
    )
    cache.set(key, statements)
  }
  return statements
}

const sqlCounts = async (payload: Payload, query: CountQuery): Promise<CompetitionCounts> => {
  const values = countValues(query)
  // PostgreSQL's prepared query also has `all`, which skips naming the fields: `execute` there.
  const run = (statement: Prepared) => (payload.db.name === 'postgres' ? statement.execute!(values) : statement.all!(values))
  const rows = (await Promise.all(preparedFor(payload, shapeOf(query)).map(run))).flat()
  const of = (kind: string) => rows.filter((row) => row.kind === kind)
  const perStage = (kind: string) => of(kind).map((row) => ({ count: Number(row.count), stage: String(row.key) }))
  return {
    days: of(KINDS.day).map((row) => ({ count: Number(row.count), date: query.days.days[Number(row.key)] })),
    sameInstitution: of(KINDS.sameInstitution).map((row) => ({
      count: Number(row.count),
      institutionKey: String(row.key2),
      stage: String(row.key),
    })),
    scores: perStage(KINDS.scores),
    statuses: of(KINDS.statuses).map((row) => ({ count: Number(row.count), fees: Number(row.fees ?? 0), status: String(row.key) })),
    submissions: perStage(KINDS.submissions),
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
  { competitionId, days: window, institutionKeys, judgeIds }: CountQuery,
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
      { $match: { competition, createdAt: { $gte: window.since } } },
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
