import { afterAll, beforeAll, expect, it } from 'vitest'

import { dashboardReads } from '../src/frontend/dashboardReads'
import { startApp, type TestApp, type TestUser } from '../tests/helpers/app'
import { publishCompetition, register, uploadAttachment } from '../tests/helpers/registrations'
import { record, summarise, timed, writeReport } from './measure'
import { type Raw, rawDriver } from './rawDriver'
import { seedRegistrations } from './seedRegistrations'

/**
 * Reading registrations at scale (issue 12): with REGISTRATIONS registrations of teams of three
 * in two competitions (seeded by batched inserts, not through HTTP), the committee's list of
 * teams waiting for review and a participant's dashboard, through the real REST handler, beside
 * `GET /api/users/me` (the handler's floor: a login and nothing else) and the list's own rows
 * read through the raw driver. Outcomes are checked; timings only reported. Target: p95 ≤ 100 ms.
 */
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 20_000)
const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 50)
const WARM_UP = 5
const PENDING_LIST = '/registrations?where[status][equals]=pending&limit=50&sort=createdAt'

let app: TestApp
let committee: TestUser
let participant: TestUser
let raw: Raw

beforeAll(async () => {
  app = await startApp()
  raw = rawDriver(app.payload)
  committee = await app.createUser('committee')
  participant = await app.createUser('participant')
  const competitions = [
    await publishCompetition(app, committee, { quota: null }),
    await publishCompetition(app, committee, { quota: null }),
  ]
  // The participant's own team, registered as a person would, among the seeded ones.
  expect((await register(app, participant, competitions[0], { members: 3 })).status).toBe(201)
  const studentCard = await uploadAttachment(app, committee)
  const seeding = await timed(async () => {
    await seedRegistrations(app.payload, { competitionId: competitions[0].id, count: REGISTRATIONS / 2, members: 3, studentCard })
    await seedRegistrations(app.payload, {
      competitionId: competitions[1].id,
      count: REGISTRATIONS / 2,
      members: 3,
      startAt: REGISTRATIONS / 2,
      studentCard,
    })
  })
  record(summarise(`seeding ${REGISTRATIONS} registrations of three`, [seeding.ms]))
  const pool = (app.payload.db as unknown as { pool?: { query: (text: string) => Promise<unknown> } }).pool
  if (app.payload.db.name === 'postgres' && pool) await pool.query('VACUUM ANALYZE')
})

afterAll(async () => {
  writeReport('registrations-list')
  await app?.close()
})

/** What the dashboard page reads (src/frontend/dashboardReads.ts, the page's own function). */
const dashboard = () => dashboardReads(app.payload, participant.user)

const repeat = async (name: string, work: () => Promise<unknown>) => {
  for (let index = 0; index < WARM_UP; index++) await work()
  const durations: number[] = []
  for (let index = 0; index < REQUESTS; index++) durations.push((await timed(work)).ms)
  const measurement = summarise(name, durations)
  record(measurement)
  return measurement
}

it(`the committee's pending list and a participant's dashboard among ${REGISTRATIONS} registrations`, async () => {
  const list = await app.rest.get(PENDING_LIST, { token: committee.token })
  expect(list.status).toBe(200)
  expect(list.body.docs).toHaveLength(50)
  expect(list.body.totalDocs).toBe(Math.round((REGISTRATIONS * 4) / 20) + 1)
  expect((await dashboard()).registrations).toHaveLength(1)
  expect((await app.rest.get('/registrations?depth=1&limit=100&sort=-createdAt', { token: participant.token })).body.docs).toHaveLength(1)

  // The crons poll the job queue on the same connection every second; stopped so that each
  // figure is the request's own.
  const crons = (app.payload as unknown as { crons: { stop: () => Promise<void> }[] }).crons.splice(0)
  await Promise.all(crons.map((cron) => cron.stop()))

  await repeat(`GET /api${PENDING_LIST} (committee, default depth)`, () => app.rest.get(PENDING_LIST, { token: committee.token }))
  await repeat(`GET /api${PENDING_LIST}&depth=0 (committee)`, () => app.rest.get(`${PENDING_LIST}&depth=0`, { token: committee.token }))
  await repeat("a participant's dashboard: the page's reads (registrations, invitations, announcements)", dashboard)
  await repeat('GET /api/registrations?depth=1&limit=100&sort=-createdAt (participant)', () =>
    app.rest.get('/registrations?depth=1&limit=100&sort=-createdAt', { token: participant.token }),
  )
  await repeat('GET /api/invitations/mine (participant)', () => app.rest.get('/invitations/mine', { token: participant.token }))
  await repeat('GET /api/users/me (the handler with a login and nothing else: its floor)', () =>
    app.rest.get('/users/me', { token: committee.token }),
  )
  await repeat('baseline: the 50 pending rows and their count through the raw driver', () =>
    Promise.all([
      raw("SELECT * FROM registrations WHERE status = 'pending' ORDER BY created_at LIMIT 50", []),
      raw("SELECT count(*) FROM registrations WHERE status = 'pending'", []),
    ]),
  )
})
