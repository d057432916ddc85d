import os from 'node:os'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { CSV_BOM, csvLine } from '../src/domain/csv'
import { jakartaDateTime } from '../src/domain/exports'
import { REGISTRATION_STATUS_LABELS } from '../src/i18n/registrationStatus'
import { SERVER_URL, startApp, type TestApp, type TestUser } from '../tests/helpers/app'
import { publishCompetition, uploadAttachment } from '../tests/helpers/registrations'
import { record, summarise, timed, writeReport } from './measure'
import { type Raw, rawDriver } from './rawDriver'
import { seedRegistrations } from './seedRegistrations'

/**
 * The committee's downloads at scale: GET /api/competitions/:id/export/registrations.csv and
 * .xlsx of REGISTRATIONS teams of MEMBERS members (a second competition's teams must not
 * appear), through the real REST handler, read as they stream; against a baseline that reads the
 * same rows with the raw driver in one query and writes them as CSV with the same writer.
 * Outcomes are checked (row count, BOM); timings only reported, with the time to the first bytes
 * (a streamed export answers after its first page, whatever its size). The target:
 * 20,000 registrations in ≤ 10 s, without holding them all in memory.
 */
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 20_000)
const OTHER_REGISTRATIONS = Number(process.env.BENCH_OTHER_REGISTRATIONS ?? 2_000)
const MEMBERS = 3
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3)

let app: TestApp
let committee: TestUser
let competitionId: string

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  const competition = await publishCompetition(app, committee, { quota: REGISTRATIONS, teamSize: { max: MEMBERS, min: 1 }, waitlist: true })
  competitionId = competition.id
  const other = await publishCompetition(app, committee, { quota: null })
  const studentCard = await uploadAttachment(app, await app.createUser('participant'))
  const seeding = await timed(() => seedRegistrations(app.payload, { competitionId, count: REGISTRATIONS, members: MEMBERS, studentCard }))
  console.log(`seeded ${REGISTRATIONS} registrations of ${MEMBERS} members in ${Math.round(seeding.ms)} ms`)
  await seedRegistrations(app.payload, { competitionId: other.id, count: OTHER_REGISTRATIONS, startAt: REGISTRATIONS, studentCard })
  const pool = (app.payload.db as unknown as { pool?: { query: (text: string) => Promise<unknown> } }).pool
  if (app.payload.db.name === 'postgres' && pool) await pool.query('VACUUM ANALYZE')
  // The harness polls the job queue every second on the same connection; nothing here queues jobs.
  const crons = (app.payload as unknown as { crons: { stop: () => Promise<void> }[] }).crons.splice(0)
  await Promise.all(crons.map((cron) => cron.stop()))
})

afterAll(async () => {
  writeReport('exports')
  await app?.close()
})

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Downloads an export through the REST route handler as a browser would, reading the body as
 * it streams and dropping it: the time to the first bytes (the first page) and to the last.
 */
const stream = async (path: string) => {
  const route = (await import('../src/app/(payload)/api/[...slug]/route')) as unknown as Record<string, RouteHandler>
  const apiPath = `/competitions/${competitionId}/export/${path}`
  const slug = apiPath.split('?')[0].split('/').filter(Boolean)
  const start = performance.now()
  const response = await route.GET(new Request(`${SERVER_URL}/api${apiPath}`, { headers: { Authorization: `JWT ${committee.token}` } }), {
    params: Promise.resolve({ slug }),
  })
  expect(response.status).toBe(200)
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  let firstBytes: number | undefined
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    firstBytes ??= performance.now() - start
    bytes += value.length
  }
  return { bytes, firstBytes: firstBytes ?? 0, total: performance.now() - start }
}

/** Streams `path` RUNS times; records the total times and the times to the first bytes. */
const measureExport = async (name: string, path: string) => {
  const runs = []
  for (let run = 0; run < RUNS; run++) runs.push(await stream(path))
  const measurement = summarise(
    name,
    runs.map((run) => run.total),
    (REGISTRATIONS * 1000) / Math.min(...runs.map((run) => run.total)),
  )
  record(measurement)
  record(
    summarise(
      `${name}: first bytes`,
      runs.map((run) => run.firstBytes),
    ),
  )
  console.log(`  ${Math.round(runs[0].bytes / 1e5) / 10} MB`)
  return measurement
}

it(`exports ${REGISTRATIONS} registrations as CSV and XLSX, against the raw driver writing the same CSV`, async () => {
  // What the committee gets, checked once (the timed runs below drop the bytes as they come).
  const download = await app.rest.get(`/competitions/${competitionId}/export/registrations.csv`, { token: committee.token })
  const csv = download.body as Buffer
  expect(csv.toString('utf8', 0, 3)).toBe(CSV_BOM)
  expect(csv.toString('utf8').split('\r\n').length - 2).toBe(REGISTRATIONS) // less the heading and the empty string after the last CRLF
  const xlsx = await app.rest.get(`/competitions/${competitionId}/export/registrations.xlsx`, { token: committee.token })
  expect(xlsx.status).toBe(200)

  const endpointCsv = await measureExport(
    `GET …/export/registrations.csv (${REGISTRATIONS} teams × ${MEMBERS} members)`,
    'registrations.csv',
  )
  await measureExport(`GET …/export/registrations.csv?per=member (${REGISTRATIONS * MEMBERS} rows)`, 'registrations.csv?per=member')
  const endpointXlsx = await measureExport(
    `GET …/export/registrations.xlsx (${REGISTRATIONS} teams × ${MEMBERS} members)`,
    'registrations.xlsx',
  )

  const raw = rawDriver(app.payload)
  expect(await baseline(raw, competitionId)).toBe(REGISTRATIONS)
  const durations: number[] = []
  for (let run = 0; run < RUNS; run++) durations.push((await timed(() => baseline(raw, competitionId))).ms)
  const base = summarise('baseline: the same rows in one query through the raw driver, written as CSV', durations)
  record(base)

  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10
  console.log(`CSV endpoint / raw driver: median ×${ratio(endpointCsv.median, base.median)}`)
  console.log(`XLSX endpoint / raw driver CSV: median ×${ratio(endpointXlsx.median, base.median)}`)
  console.log(
    `load average during the run: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} (${os.cpus().length} cores)`,
  )
})

/**
 * The registrations with their members, in one statement, grouped into team rows and written
 * with src/domain/csv.ts: what an export costs with nothing between the database and the file.
 * (No reviewer names or stages: the seeded teams have neither.)
 */
const baseline = async (raw: Raw, id: string): Promise<number> => {
  const result = (await raw(
    `SELECT r.id, r.code, r.team_name, r.institution, r.status, r.fee_due, r.created_at, r.reviewed_at, r.review_note, r.placing,
            m.name, m.email, m.student_id
       FROM registrations r LEFT JOIN registrations_members m ON m._parent_id = r.id
      WHERE r.competition_id = ?
      ORDER BY r.created_at, r.id, m._order`,
    [id],
  )) as Record<string, unknown>[]
  const encoder = new TextEncoder()
  const chunks: Uint8Array[] = [encoder.encode(CSV_BOM + csvLine(['Code', 'Team', 'Institution', 'Status']))]
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : (value as null | string))
  let teams = 0
  let index = 0
  let lines = ''
  while (index < result.length) {
    const team = result[index]
    const members: Record<string, unknown>[] = []
    while (index < result.length && result[index].id === team.id) members.push(result[index++])
    const cells = Array.from({ length: MEMBERS }, (_, slot) => [
      members[slot]?.name,
      members[slot]?.email,
      members[slot]?.student_id,
    ]).flat()
    lines += csvLine([
      team.code as string,
      team.team_name as string,
      team.institution as string,
      REGISTRATION_STATUS_LABELS[team.status as keyof typeof REGISTRATION_STATUS_LABELS].en,
      members[0]?.name as string,
      members[0]?.email as string,
      members.length,
      ...(cells as string[]),
      '',
      Number(team.fee_due),
      jakartaDateTime(iso(team.created_at)),
      jakartaDateTime(iso(team.reviewed_at)),
      '',
      team.review_note as string,
      '',
      team.placing as string,
    ])
    teams += 1
    if (teams % 500 === 0) {
      chunks.push(encoder.encode(lines))
      lines = ''
    }
  }
  chunks.push(encoder.encode(lines))
  return teams
}
