import { afterAll, beforeAll, expect, it } from 'vitest'

import { CSV_BOM, csvLine } from '../src/domain/csv'
import { jakartaDateTime } from '../src/domain/exports'
import { REGISTRATION_STATUS_LABELS } from '../src/i18n/registrationStatus'
import { startApp, type TestApp, type TestUser } from '../tests/helpers/app'
import { publishCompetition, uploadAttachment } from '../tests/helpers/registrations'
import { record, summarise, timed, writeReport } from './measure'
import { type Raw, rawDriver } from './rawDriver'
import { seedRegistrations } from './seedRegistrations'

/**
 * The committee's downloads at scale: GET /api/competitions/:id/export/registrations.csv and
 * .xlsx of REGISTRATIONS teams of MEMBERS members (a second competition's teams must not
 * appear), through the real REST handler, against a baseline that reads the same rows with the
 * raw driver in one query and writes them as CSV with the same writer. Outcomes are checked
 * (row count, BOM); timings and the heap's growth while exporting are only reported. The issue's
 * target: 20,000 registrations in ≤ 10 s, without holding them all in memory.
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

/**
 * Runs `work` RUNS times and records the times; samples the heap every 20 ms and reports its
 * peak above where it stood before (no forced GC: a rough figure, for comparison between rows).
 */
const measure = async (name: string, work: () => Promise<void>) => {
  const durations: number[] = []
  const before = process.memoryUsage().heapUsed
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20)
  for (let run = 0; run < RUNS; run++) durations.push((await timed(work)).ms)
  clearInterval(sampler)
  const measurement = summarise(name, durations, (REGISTRATIONS * 1000) / Math.min(...durations))
  record(measurement)
  console.log(`  heap: ${Math.round(before / 1e6)} MB before, peak ${Math.round(peak / 1e6)} MB (includes the file the test client holds)`)
  return measurement
}

const download = async (path: string) => {
  const response = await app.rest.get(`/competitions/${competitionId}/export/${path}`, { token: committee.token })
  expect(response.status).toBe(200)
  return response.body as Buffer
}

it(`exports ${REGISTRATIONS} registrations as CSV and XLSX, against the raw driver writing the same CSV`, async () => {
  const csv = await download('registrations.csv')
  expect(csv.toString('utf8', 0, 3)).toBe(CSV_BOM)
  const lines = csv.toString('utf8').split('\r\n').length - 2 // heading, and the empty string after the last CRLF
  expect(lines).toBe(REGISTRATIONS)
  console.log(`registrations.csv: ${Math.round(csv.length / 1e5) / 10} MB`)

  const endpointCsv = await measure(
    `GET …/export/registrations.csv (${REGISTRATIONS} teams × ${MEMBERS} members, REST handler)`,
    async () => {
      await download('registrations.csv')
    },
  )
  await measure(`GET …/export/registrations.csv?per=member (${REGISTRATIONS * MEMBERS} rows)`, async () => {
    await download('registrations.csv?per=member')
  })
  const xlsx = await download('registrations.xlsx')
  console.log(`registrations.xlsx: ${Math.round(xlsx.length / 1e5) / 10} MB`)
  const endpointXlsx = await measure(`GET …/export/registrations.xlsx (${REGISTRATIONS} teams, REST handler)`, async () => {
    await download('registrations.xlsx')
  })

  const raw = rawDriver(app.payload)
  const rows = await baseline(raw, competitionId)
  expect(rows).toBe(REGISTRATIONS)
  const base = await measure('baseline: the same rows in one query through the raw driver, written as CSV', async () => {
    await baseline(raw, competitionId)
  })

  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10
  console.log(`CSV endpoint / raw driver: median ×${ratio(endpointCsv.median, base.median)}`)
  console.log(`XLSX endpoint / raw driver CSV: median ×${ratio(endpointXlsx.median, base.median)}`)
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
