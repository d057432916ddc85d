import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Competition } from '../../src/payload-types'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { type SeededParticipant, seedParticipant } from '../helpers/participants'
import { publishCompetition } from '../helpers/registrations'
import { TcpProxy } from '../helpers/tcpProxy'

/**
 * PostgreSQL goes away in the middle of a registration burst (restart, failover, network) and
 * comes back. The app reaches the database through a relay the test cuts and restores, which
 * to the app is the same as a restart, without disturbing the PostgreSQL other tests share.
 */
const postgres = process.env.TEST_DATABASE === 'postgres'
const TEAMS = 30
const QUOTA = 20

let app: TestApp
let proxy: TcpProxy
let committee: TestUser
const teams: SeededParticipant[] = []

beforeAll(async () => {
  if (!postgres) return
  const server = new URL(process.env.TEST_POSTGRES_URL as string)
  proxy = new TcpProxy({ host: server.hostname, port: Number(server.port || 5432) })
  await proxy.start()
  app = await startApp({ rewriteDatabaseUrl: (url) => proxy.relay(url) })
  committee = await app.createUser('committee')
  for (let index = 0; index < TEAMS; index++) teams.push(await seedParticipant(app.payload, `outage${index}@example.test`))
}, 600_000)

afterAll(async () => {
  await proxy?.restore().catch(() => undefined)
  await app?.close()
  await proxy?.cut()
})

const registerTeam = (index: number, competition: Competition) => {
  const { card, email, token } = teams[index]
  return app.rest.post('/registrations', {
    body: {
      competition: competition.id,
      institution: `Universitas ${index}`,
      members: [{ email, name: `Leader ${index}`, studentCard: card, studentId: `NIM${index}` }],
      teamName: `Outage Team ${index}`,
    },
    token,
  })
}

describe.runIf(postgres)('PostgreSQL restarted during a registration burst', () => {
  it('answers 503 with a sentence while it is gone, succeeds after, and loses no acknowledged registration', async () => {
    const competition = await publishCompetition(app, committee, { fee: 0, quota: QUOTA, teamSize: { max: 1, min: 1 }, waitlist: false })

    // Half the teams press "register"; the database goes away while their requests run.
    const burst = Promise.all(teams.slice(0, TEAMS / 2).map((_, index) => registerTeam(index, competition)))
    await new Promise((resolve) => setTimeout(resolve, 30))
    await proxy.cut()
    const first = await burst
    // While it is down, every request is refused cleanly.
    const during = await registerTeam(TEAMS / 2, competition)
    expect(during.status).toBe(503)
    expect(errorMessages(during.body).join(' ')).toMatch(/database is not reachable.*Try again/)
    await proxy.restore()

    for (const response of first) expect([201, 409, 503]).toContain(response.status)
    for (const response of first.filter((r) => r.status === 503)) expect(errorMessages(response.body).join(' ')).toMatch(/Try again/)
    const acknowledged = first.filter((r) => r.status === 201).map((r) => String(r.body.doc.id))

    // After the restart every team that was refused or not yet served tries again, and is answered.
    const retried = await Promise.all(
      teams.map((_, index) => (index < TEAMS / 2 && first[index].status !== 503 ? undefined : registerTeam(index, competition))),
    )
    for (const response of retried) if (response) expect([201, 409]).toContain(response.status)

    const { docs } = await app.payload.find({
      collection: 'registrations',
      depth: 0,
      limit: 100,
      overrideAccess: true,
      where: { competition: { equals: competition.id } },
    })
    const stored = new Set(docs.map((doc) => String(doc.id)))
    for (const id of acknowledged) expect(stored.has(id)).toBe(true)
    // The quota held through it all: no place given twice, none lost.
    expect(docs).toHaveLength(QUOTA)
  })

  it('a connection that breaks while checked out (a transaction in progress) is logged, not a crash of the server', async () => {
    type Client = {
      listenerCount: (event: string) => number
      query: (sql: string) => Promise<{ rows: { pid: number }[] }>
      release: (error?: boolean) => void
    }
    const pool = (app.payload.db as unknown as { pool: { connect: () => Promise<Client>; query: Client['query'] } }).pool
    const held = await pool.connect()
    // Without a listener of its own, the 'error' a checked-out connection emits ends the process
    // (vitest reports it as an uncaught exception and fails the run).
    expect(held.listenerCount('error')).toBeGreaterThan(0)
    const { rows } = await held.query('SELECT pg_backend_pid() AS pid')
    await pool.query(`SELECT pg_terminate_backend(${Number(rows[0].pid)})`)
    await expect(held.query('SELECT 1')).rejects.toThrow()
    held.release(true)
    // The pool opens a new connection for the next request.
    expect((await app.rest.get('/competitions?limit=1')).status).toBe(200)
  })
})
