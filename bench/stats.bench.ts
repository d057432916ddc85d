import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { countValues, sqlCountStatements } from '../src/db/competitionCounts'
import { HOLDING_STATUSES, institutionKey } from '../src/domain/registration'
import { lastDays } from '../src/domain/stats'
import { competitionStats, STATS_DAYS, STATS_FIELDS } from '../src/stats/competitionStats'
import { startApp, type TestApp, type TestUser } from '../tests/helpers/app'
import { openStage } from '../tests/helpers/judging'
import { publishCompetition, uploadAttachment } from '../tests/helpers/registrations'
import { record, summarise, timed, writeReport } from './measure'
import { type Raw, rawDriver } from './rawDriver'
import { seedJudging } from './seedJudging'
import { feeOf, seedRegistrations, statusOf } from './seedRegistrations'

/**
 * The committee's overview at scale: GET /api/competitions/:id/stats on a competition with
 * REGISTRATIONS registrations (and another competition with OTHER_REGISTRATIONS, which must not
 * count), through the real REST handler, against a baseline that runs the very same SQL through
 * the raw driver, and against counting with Payload's Local API (what one would write without
 * grouped queries). Outcomes are checked; timings only reported. The target: p95 ≤ 100 ms.
 */
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 20_000)
const OTHER_REGISTRATIONS = Number(process.env.BENCH_OTHER_REGISTRATIONS ?? 5_000)
const SUBMITTED = Number(process.env.BENCH_SUBMISSIONS ?? 2_000)
const REQUESTS = Number(process.env.BENCH_STATS_REQUESTS ?? 50)
const WARM_UP = 5

let app: TestApp
let committee: TestUser
let competitionId: string
let judges: TestUser[]
/** Scores expected (every judge, every submission it may see) and given, for the preliminary. */
let judgingExpected: { scoresExpected: number; scoresGiven: number }

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  judges = [
    await app.createUser('judge', { institution: 'Universitas Bench 7' }),
    await app.createUser('judge'),
    await app.createUser('judge'),
  ]
  const stages = [
    openStage(),
    openStage({
      closesAt: new Date(Date.now() + 4 * 86_400_000).toISOString(),
      key: 'final',
      name: 'Final',
      opensAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    }),
  ]
  const competition = await publishCompetition(app, committee, {
    judges: judges.map((judge) => judge.user.id),
    quota: REGISTRATIONS,
    stages: stages as never,
    waitlist: true,
  })
  competitionId = competition.id
  const other = await publishCompetition(app, committee, { quota: null })
  const leader = await app.createUser('participant')
  const studentCard = await uploadAttachment(app, leader)

  const seeding = await timed(() => seedRegistrations(app.payload, { competitionId, count: REGISTRATIONS, studentCard }))
  record(summarise(`seeding ${REGISTRATIONS} registrations (batched inserts)`, [seeding.ms], (REGISTRATIONS * 1000) / seeding.ms))
  await seedRegistrations(app.payload, { competitionId: other.id, count: OTHER_REGISTRATIONS, startAt: REGISTRATIONS, studentCard })

  // A bulk insert leaves PostgreSQL without statistics or a visibility map, so index-only scans
  // would still visit every row; autovacuum sees to both long before a committee looks.
  const pool = (app.payload.db as unknown as { pool?: { query: (text: string) => Promise<unknown> } }).pool
  if (app.payload.db.name === 'postgres' && pool) await pool.query('VACUUM ANALYZE')

  const verified = seeding.result.filter((team) => team.status === 'verified').slice(0, SUBMITTED)
  const ownInstitution = institutionKey('Universitas Bench 7')
  const judging = await timed(() =>
    seedJudging(app.payload, {
      competitionId,
      judges: [
        { id: judges[0].user.id, mayScore: (team) => institutionKey(team.institution) !== ownInstitution },
        { id: judges[1].user.id, mayScore: (team) => team.id !== verified[0].id },
        { id: judges[2].user.id, mayScore: () => true },
      ],
      stage: 'preliminary',
      teams: verified,
    }),
  )
  console.log(`seeded ${judging.result.submissions} submissions and ${judging.result.scores} scores in ${Math.round(judging.ms)} ms`)
  const sameInstitution = verified.filter((team) => institutionKey(team.institution) === ownInstitution).length
  judgingExpected = { scoresExpected: 3 * verified.length - sameInstitution - 1, scoresGiven: judging.result.scores }
  // A declared conflict, through the API like a judge would.
  expect((await app.rest.post('/conflicts', { body: { registration: verified[0].id }, token: judges[1].token })).status).toBe(201)
})

afterAll(async () => {
  writeReport('stats')
  await app?.close()
})

const repeat = async (name: string, times: number, work: () => Promise<unknown>) => {
  const durations: number[] = []
  for (let index = 0; index < times; index++) durations.push((await timed(work)).ms)
  const measurement = summarise(name, durations)
  record(measurement)
  return measurement
}

it(`GET /api/competitions/:id/stats with ${REGISTRATIONS} registrations, against the same SQL through the raw driver`, async () => {
  const get = () => app.rest.get(`/competitions/${competitionId}/stats`, { token: committee.token })
  const response = await get()
  expect(response.status).toBe(200)
  const { registrations, fees, judging, registrationsPerDay } = response.body
  expect(Object.values(registrations.byStatus as Record<string, number>).reduce((total, count) => total + count, 0)).toBe(REGISTRATIONS)
  expect(registrations.byStatus.verified).toBe(
    Array.from({ length: REGISTRATIONS }, (_, index) => statusOf(index)).filter((status) => status === 'verified').length,
  )
  const holding = Array.from({ length: REGISTRATIONS }, (_, index) => index).filter((index) => HOLDING_STATUSES.includes(statusOf(index)))
  expect(registrations.placesTaken).toBe(holding.length)
  expect(fees.due).toBe(holding.reduce((total, index) => total + feeOf(index, REGISTRATIONS), 0))
  expect(judging[0]).toMatchObject(judgingExpected)
  expect(registrationsPerDay).toHaveLength(STATS_DAYS)
  expect(registrationsPerDay.reduce((total: number, day: { count: number }) => total + day.count, 0)).toBeGreaterThan(REGISTRATIONS / 3)

  // Computed on every request first (the cache off), interleaved with the raw-driver baseline
  // so that both see the same load on a shared machine; then as served, remembered for a few
  // seconds (src/stats/statsCache.ts).
  process.env.STATS_CACHE_SECONDS = '0'
  const raw = rawDriver(app.payload)
  for (let index = 0; index < WARM_UP; index++) await Promise.all([get(), baseline(app.payload, raw, competitionId)])
  const endpointTimes: number[] = []
  const baselineTimes: number[] = []
  const directTimes: number[] = []
  for (let index = 0; index < REQUESTS; index++) {
    endpointTimes.push((await timed(get)).ms)
    baselineTimes.push((await timed(() => baseline(app.payload, raw, competitionId))).ms)
    directTimes.push(
      (
        await timed(async () => {
          const competition = await app.payload.findByID({ collection: 'competitions', depth: 0, id: competitionId, select: STATS_FIELDS })
          return competitionStats(await createLocalReq({}, app.payload), competition)
        })
      ).ms,
    )
  }
  const endpoint = summarise(
    `GET /api/competitions/:id/stats (${REGISTRATIONS} registrations, REST handler), computed every time`,
    endpointTimes,
  )
  const base = summarise('baseline: the same SQL through the raw driver', baselineTimes)
  const direct = summarise('competitionStats() called directly (no HTTP, no auth)', directTimes)
  ;[endpoint, direct, base].forEach(record)

  // The test harness polls the job queue every second (production: every 5 s), a query on the
  // same SQLite connection; measured once more without it, to tell the two apart.
  const crons = (app.payload as unknown as { crons: { stop: () => Promise<void> }[] }).crons.splice(0)
  await Promise.all(crons.map((cron) => cron.stop()))
  await repeat(
    `GET /api/competitions/:id/stats (${REGISTRATIONS} registrations, REST handler), computed every time, job queue not polled`,
    REQUESTS,
    get,
  )

  delete process.env.STATS_CACHE_SECONDS
  await repeat(
    `GET /api/competitions/:id/stats (${REGISTRATIONS} registrations, REST handler), as served: remembered for 5 s`,
    REQUESTS,
    get,
  )

  await repeat('GET /api/users/me (the REST handler with a login and nothing else: its floor)', REQUESTS, () =>
    app.rest.get('/users/me', { token: committee.token }),
  )

  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10
  console.log(`endpoint / raw SQL: median ×${ratio(endpoint.median, base.median)}, p95 ×${ratio(endpoint.p95, base.p95)}`)
  console.log(`function / raw SQL: median ×${ratio(direct.median, base.median)}, p95 ×${ratio(direct.p95, base.p95)}`)
})

it('the same numbers without grouped queries (Payload Local API), for comparison', async () => {
  const where = { competition: { equals: competitionId } }
  await repeat(`payload.find every registration (select status, feeDue, createdAt) and count in JavaScript`, 3, async () => {
    const { docs } = await app.payload.find({
      collection: 'registrations',
      depth: 0,
      limit: 0,
      pagination: false,
      select: { createdAt: true, feeDue: true, status: true },
      where,
    })
    expect(docs).toHaveLength(REGISTRATIONS)
  })
  await repeat('payload.count per status (6 counts) + per-day grouped query still needed', 20, () =>
    Promise.all(
      ['pending', 'needs-revision', 'verified', 'rejected', 'withdrawn', 'waitlisted'].map((status) =>
        app.payload.count({ collection: 'registrations', where: { ...where, status: { equals: status } } }),
      ),
    ),
  )
})

/** The counting statements' text, built once per shape as the endpoint prepares them once. */
const statements = new Map<string, { params: unknown[]; sql: string }[]>()
const statementsOf = (key: string, build: () => { params: unknown[]; sql: string }[]) => {
  if (!statements.has(key)) statements.set(key, build())
  return statements.get(key)!
}

/**
 * What the endpoint asks the database, with no Payload in between: the competition, its
 * judges, then their declared conflicts beside the grouped counts (the statements of
 * src/db/competitionCounts.ts, so the same SQL, side by side as there).
 */
const baseline = async (payload: Payload, raw: Raw, id: string) => {
  const [competition] = await raw('SELECT id, title, quota, waitlist FROM competitions WHERE id = ?', [id])
  const judgeRows = (await raw(
    "SELECT u.id, u.institution FROM competitions_rels r JOIN users u ON u.id = r.users_id WHERE r.parent_id = ? AND r.path = 'judges'",
    [id],
  )) as { id: string; institution: null | string }[]
  const judgeIds = judgeRows.map((row) => String(row.id))
  const institutionKeys = judgeRows.flatMap((row) => (row.institution ? [institutionKey(row.institution)] : []))
  const query = { competitionId: id, days: lastDays(new Date(), STATS_DAYS), institutionKeys, judgeIds }
  const values = countValues(query)
  const counting = statementsOf(`${judgeIds.length}_${institutionKeys.length}`, () =>
    sqlCountStatements(payload, { days: STATS_DAYS, institutions: institutionKeys.length, judges: judgeIds.length }).map((statement) =>
      statement.toSQL(),
    ),
  )
  const results = await Promise.all([
    raw(`SELECT judge_id, registration_id FROM conflicts WHERE judge_id IN (${judgeIds.map(() => '?').join(', ')})`, judgeIds),
    ...counting.map(({ params, sql }) =>
      raw(
        sql,
        params.map((param) => values[(param as { name: string }).name]),
      ),
    ),
  ])
  return { competition, results }
}
