import type { Access, CollectionSlug, Field, SelectType } from 'payload'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { operationStarted } from '../access/oncePerOperation'
import { dashboardReads } from '../src/frontend/dashboardReads'
import { startApp, type TestApp, type TestUser } from '../tests/helpers/app'
import { publishCompetition, register, uploadAttachment } from '../tests/helpers/registrations'
import { record, summarise, timed, writeReport } from './measure'
import { previousDashboardReads } from './previousDashboardReads'
import { type Raw, rawDriver } from './rawDriver'
import { seedRegistrations } from './seedRegistrations'

/**
 * Reading registrations at scale (issue 12): with REGISTRATIONS registrations of teams of three
 * in two competitions (seeded by batched inserts, not through HTTP), the committee's list of
 * teams waiting for review and a participant's dashboard, through the real REST handler, beside
 * `GET /api/users/me` (the handler's floor: a login and nothing else) and the list's own rows
 * read through the raw driver. Outcomes are checked; timings only reported. Target: p95 ≤ 100 ms.
 *
 * "before" and "after" are measured in the same run, request by request in turn, so that both see
 * the same load. The switches are the bench's own, made on the running Payload:
 * - population before: competitions and files populate whole (no `defaultPopulate`) and a file's
 *   uploader is populated inside other documents (no `maxDepth` on attachments' owner);
 * - access before: registrations' and announcements' read access look everything up again each
 *   time Payload asks (their answers are not shared within an operation), and the dashboard reads
 *   as bench/previousDashboardReads.ts does. (The two team lookups run side by side in both.)
 */
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 20_000)
const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 50)
const WARM_UP = 5
const PENDING_LIST = '/registrations?where[status][equals]=pending&limit=50&sort=createdAt'
const OWN_LIST = '/registrations?depth=1&limit=100&sort=-createdAt'

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

/** Populating as before: competitions and files whole, a file's uploader inside other documents. */
const populationAsBefore = () => {
  // Mutable here: the running Payload reads both when it populates.
  const competitions = app.payload.collections.competitions.config as { defaultPopulate?: SelectType }
  const attachments = app.payload.collections.attachments.config
  const filesPopulate = attachments as { defaultPopulate?: SelectType }
  const saved = { attachments: filesPopulate.defaultPopulate, competitions: competitions.defaultPopulate }
  const owners = [...attachments.fields, ...attachments.flattenedFields].filter(
    (field): field is Extract<Field, { maxDepth?: number }> => 'name' in field && field.name === 'owner',
  )
  const maxDepths = owners.map((field) => field.maxDepth)
  return (before: boolean) => {
    competitions.defaultPopulate = before ? undefined : saved.competitions
    filesPopulate.defaultPopulate = before ? undefined : saved.attachments
    owners.forEach((field, index) => (field.maxDepth = before ? undefined : maxDepths[index]))
  }
}

/** Access as before: every ask looks up again (a write counted first, so no answer is shared). */
const accessAsBefore = () => {
  const slugs: CollectionSlug[] = ['registrations', 'announcements']
  const shared = new Map(slugs.map((slug) => [slug, app.payload.collections[slug].config.access.read as Access]))
  return (before: boolean) => {
    for (const slug of slugs) {
      const read = shared.get(slug) as Access
      app.payload.collections[slug].config.access.read = before
        ? (args) => {
            operationStarted(args.req, 'update')
            return read(args)
          }
        : read
    }
  }
}

type Variant = { name: string; work: () => Promise<unknown> }

/** Runs every variant once per round, in a rotating order, and reports each. */
const interleave = async (variants: Variant[]) => {
  const durations = variants.map(() => [] as number[])
  for (let round = 0; round < WARM_UP + REQUESTS; round++) {
    for (let step = 0; step < variants.length; step++) {
      const index = (round + step) % variants.length
      const { ms } = await timed(variants[index].work)
      if (round >= WARM_UP) durations[index].push(ms)
    }
  }
  variants.forEach((variant, index) => record(summarise(variant.name, durations[index])))
}

it(`the committee's pending list and a participant's dashboard among ${REGISTRATIONS} registrations`, async () => {
  const population = populationAsBefore()
  const access = accessAsBefore()
  const asBefore =
    <T>(work: () => Promise<T>) =>
    async (): Promise<T> => {
      population(true)
      access(true)
      try {
        return await work()
      } finally {
        population(false)
        access(false)
      }
    }

  const list = await app.rest.get(PENDING_LIST, { token: committee.token })
  expect(list.status).toBe(200)
  expect(list.body.docs).toHaveLength(50)
  expect(list.body.totalDocs).toBe(Math.round((REGISTRATIONS * 4) / 20) + 1)
  const dashboard = await dashboardReads(app.payload, participant.user)
  expect(dashboard.registrations).toHaveLength(1)
  expect(await asBefore(() => previousDashboardReads(app.payload, participant.user))()).toEqual(dashboard)
  expect((await app.rest.get(OWN_LIST, { token: participant.token })).body.docs).toHaveLength(1)
  const sizes = {
    after: JSON.stringify(list.body).length,
    before: JSON.stringify((await asBefore(() => app.rest.get(PENDING_LIST, { token: committee.token }))()).body).length,
    depth0: JSON.stringify((await app.rest.get(`${PENDING_LIST}&depth=0`, { token: committee.token })).body).length,
  }
  console.log(`the pending list's body: before ${sizes.before} B, after ${sizes.after} B, depth=0 ${sizes.depth0} B`)

  // The crons poll the job queue on the same connection every second; stopped so that each
  // figure is the request's own.
  const crons = (app.payload as unknown as { crons: { stop: () => Promise<void> }[] }).crons.splice(0)
  await Promise.all(crons.map((cron) => cron.stop()))

  await interleave([
    {
      name: `GET /api${PENDING_LIST} (committee, default depth), before`,
      work: asBefore(() => app.rest.get(PENDING_LIST, { token: committee.token })),
    },
    {
      name: `GET /api${PENDING_LIST} (committee, default depth), after`,
      work: () => app.rest.get(PENDING_LIST, { token: committee.token }),
    },
    {
      name: `GET /api${PENDING_LIST}&depth=0 (committee)`,
      work: () => app.rest.get(`${PENDING_LIST}&depth=0`, { token: committee.token }),
    },
    {
      name: "a participant's dashboard: the page's reads, before",
      work: asBefore(() => previousDashboardReads(app.payload, participant.user)),
    },
    { name: "a participant's dashboard: the page's reads, after", work: () => dashboardReads(app.payload, participant.user) },
    { name: `GET /api${OWN_LIST} (participant), before`, work: asBefore(() => app.rest.get(OWN_LIST, { token: participant.token })) },
    { name: `GET /api${OWN_LIST} (participant), after`, work: () => app.rest.get(OWN_LIST, { token: participant.token }) },
    {
      name: 'GET /api/users/me (the handler with a login and nothing else: its floor)',
      work: () => app.rest.get('/users/me', { token: committee.token }),
    },
    {
      name: 'baseline: the 50 pending rows and their count through the raw driver',
      work: () =>
        Promise.all([
          raw("SELECT * FROM registrations WHERE status = 'pending' ORDER BY created_at LIMIT 50", []),
          raw("SELECT count(*) FROM registrations WHERE status = 'pending'", []),
        ]),
    },
  ])
})
