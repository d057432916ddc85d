import autocannon from 'autocannon'
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { png, simplePdf, uploadForm } from '../tests/helpers/files'
import { competitionData, daysFromNow } from '../tests/helpers/fixtures'
import { type RunningServer, startServer } from '../tests/helpers/server'

/**
 * The public competitions list under load (issue 11): `GET /api/competitions?limit=10&depth=1`
 * from the production server (`next start`, SQLite) against a raw `node:http` + libSQL server
 * (bench/rawCompetitionsServer.mjs) that reads the same database file and answers the same
 * JSON shape. Both are hit by autocannon with CONNECTIONS connections, alternating, ROUNDS
 * times, so both see the same machine. Outcomes are checked (the same ten competitions, no
 * errors); the rates and latencies are reported, never asserted.
 */
const COMPETITIONS = 12
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const LIST = '/api/competitions?limit=10&depth=1'

let server: RunningServer
/** The same build on the same files with PUBLIC_API_CACHE=off: Payload answers every read, as before. */
let uncached: RunningServer
let raw: ChildProcess | undefined
let rawUrl: string
let participantToken: string

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** What a committee publishes: poster, guidebook, two stages with rubrics, fee waves, prizes, contacts. */
const seedCompetitions = async (token: string) => {
  const upload = async (form: FormData) => {
    const response = await fetch(`${server.url}/api/media`, { body: form, headers: { Authorization: `JWT ${token}` }, method: 'POST' })
    if (response.status !== 201) throw new Error(`media upload: ${response.status} ${await response.text()}`)
    return ((await response.json()) as { doc: { id: string } }).doc.id
  }
  const guidebook = await upload(uploadForm(simplePdf('Guidebook'), 'guidebook.pdf', 'application/pdf', { alt: 'Guidebook' }))
  const rubric = [
    { criterion: 'Originality', maxScore: 10, weight: 2 },
    { criterion: 'Execution', maxScore: 10, weight: 1 },
  ]
  for (let index = 0; index < COMPETITIONS + 2; index++) {
    const poster = await upload(uploadForm(await png(1200, 800), `poster-${index}.png`, 'image/png', { alt: `Poster ${index}` }))
    const base = competitionData({ registrationOpensAt: daysFromNow(-1 - index) })
    const body = {
      ...base,
      // Two drafts: never in an anonymous answer, from either server.
      _status: index < COMPETITIONS ? 'published' : 'draft',
      contacts: [
        { email: 'panitia@example.test', name: 'Panitia', phone: '+62 812 0000 0000' },
        { email: 'humas@example.test', name: 'Humas', phone: '+62 813 0000 0000' },
      ],
      feeSchedule: [
        { fee: 50_000, label: 'Early bird', until: daysFromNow(2) },
        { fee: 75_000, label: 'Normal', until: daysFromNow(5) },
      ],
      guidebook,
      poster,
      prizes: [
        { reward: 'Rp10.000.000', title: 'Juara 1' },
        { reward: 'Rp5.000.000', title: 'Juara 2' },
        { reward: 'Rp2.500.000', title: 'Juara 3' },
      ],
      stages: (base.stages ?? []).map((stage) => ({ ...stage, rubric })),
    }
    const created = await server.api('POST', '/competitions', body, token)
    if (created.status !== 201) throw new Error(`competition: ${created.status} ${JSON.stringify(created.body)}`)
  }
}

beforeAll(async () => {
  server = await startServer()
  const adminToken = await server.login(server.admin.email, server.admin.password)
  await seedCompetitions(adminToken)
  participantToken = await server.verifiedParticipant('bench-reader@example.test', 'bench-reader-password-1')
  uncached = await startServer({
    env: { DATABASE_URL: `file:${server.databaseFile}`, PUBLIC_API_CACHE: 'off', UPLOADS_DIR: server.uploads },
  })

  const port = await freePort()
  rawUrl = `http://127.0.0.1:${port}`
  raw = spawn(process.execPath, [path.resolve('bench/rawCompetitionsServer.mjs'), server.databaseFile, String(port), server.url], {
    stdio: 'ignore',
  })
  for (let tries = 0; ; tries++) {
    if (
      await fetch(`${rawUrl}${LIST}`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (tries > 100) throw new Error('The raw baseline server did not start.')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
})

afterAll(async () => {
  raw?.kill()
  await uncached?.stop()
  await server?.stop()
})

type Run = { errors: number; name: string; non2xx: number; p50: number; p99: number; requests: number; rps: number; timeouts: number }

const load = async (name: string, url: string, headers: Record<string, string> = {}): Promise<Run> => {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, headers, url })
  const run = {
    errors: result.errors,
    name,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    rps: Math.round(result.requests.average * 10) / 10,
    timeouts: result.timeouts,
  }
  console.log(
    `${name}: ${run.rps} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, errors ${run.errors}, timeouts ${run.timeouts}, non-2xx ${run.non2xx}`,
  )
  return run
}

const ids = (body: { docs: { id: string; poster: unknown }[] }) => body.docs.map((doc) => doc.id)

it(`${LIST}: the production server against raw node:http + libSQL on the same file, ${CONNECTIONS} connections`, async () => {
  // The same ten published competitions, in the same order, with their poster populated.
  const fromRaw = await (await fetch(`${rawUrl}${LIST}`)).json()
  const fromNext = await (await fetch(`${server.url}${LIST}`)).json()
  const fromUncached = await (await fetch(`${uncached.url}${LIST}`)).json()
  expect(fromRaw.docs).toHaveLength(10)
  expect(ids(fromNext)).toEqual(ids(fromRaw))
  expect(ids(fromUncached)).toEqual(ids(fromRaw))
  expect(fromNext.totalDocs).toBe(COMPETITIONS)
  expect(fromNext.docs[0].poster).toMatchObject({ filename: fromRaw.docs[0].poster.filename })
  // The same fields: a field added to competitions and not to the baseline would flatter the ratio.
  expect(Object.keys(fromRaw.docs[0]).sort()).toEqual(Object.keys(fromNext.docs[0]).sort())

  const runs: Run[] = []
  // Warm both (JIT, Next.js route compilation, connection pools) before measuring.
  await autocannon({ connections: 8, duration: 3, url: `${rawUrl}${LIST}` })
  await autocannon({ connections: 8, duration: 3, url: `${server.url}${LIST}` })
  await autocannon({ connections: 8, duration: 3, url: `${uncached.url}${LIST}` })
  for (let round = 0; round < ROUNDS; round++) {
    runs.push(await load('raw node:http + libSQL', `${rawUrl}${LIST}`))
    runs.push(await load('next start, anonymous, cache off (before)', `${uncached.url}${LIST}`))
    runs.push(await load('next start, anonymous', `${server.url}${LIST}`))
    runs.push(
      await load('next start, logged-in participant (never cached)', `${server.url}${LIST}`, { Authorization: `JWT ${participantToken}` }),
    )
  }
  runs.push(await load('next start, anonymous, default depth', `${server.url}/api/competitions?limit=10`))
  runs.push(await load('next start, anonymous, default depth, cache off (before)', `${uncached.url}/api/competitions?limit=10`))
  const mean = (name: string) => {
    const own = runs.filter((run) => run.name === name)
    return own.reduce((sum, run) => sum + run.rps, 0) / own.length
  }
  const baseline = mean('raw node:http + libSQL')
  const ratios = {
    before: Math.round((mean('next start, anonymous, cache off (before)') / baseline) * 100) / 100,
    anonymous: Math.round((mean('next start, anonymous') / baseline) * 100) / 100,
    loggedIn: Math.round((mean('next start, logged-in participant (never cached)') / baseline) * 100) / 100,
  }
  console.log(`next start / raw: anonymous ×${ratios.anonymous} (cache off ×${ratios.before}), logged in ×${ratios.loggedIn}`)
  const target = path.resolve('test-results', 'bench-competitions-api-sqlite.json')
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.writeFileSync(
    target,
    JSON.stringify({ connections: CONNECTIONS, node: process.version, ratios, runs, when: new Date().toISOString() }, null, 2),
  )
  // Errors and timeouts are what the cache is for: none allowed with it; counted (and written
  // above) without it: with the cache off, and for logged-in readers, whom it never serves.
  for (const run of runs.filter((run) => !run.name.includes('(before)') && !run.name.includes('never cached'))) {
    expect(run.errors + run.timeouts + run.non2xx, `${run.name}: no errors`).toBe(0)
  }
})
