import { afterAll, beforeAll, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../tests/helpers/app'
import { publishCompetition, uploadAttachment } from '../tests/helpers/registrations'
import { record, summarise, timed, writeReport } from './measure'

/**
 * Registration opening: TEAMS leaders press "register" at the same moment for QUOTA places.
 * Measures each request's latency and the whole burst, through the real REST handler. The
 * outcome is checked (exactly QUOTA places), the timings are only reported.
 */
const TEAMS = Number(process.env.BENCH_TEAMS ?? 200)
const QUOTA = Number(process.env.BENCH_QUOTA ?? 50)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

let app: TestApp
let committee: TestUser
const teams: { card: string; leader: TestUser }[] = []

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  for (let index = 0; index < TEAMS; index++) {
    const leader = await app.createUser('participant')
    teams.push({ card: await uploadAttachment(app, leader), leader })
  }
})

afterAll(async () => {
  writeReport('registration')
  await app?.close()
})

it(`${TEAMS} teams at once for ${QUOTA} places, ${ROUNDS} rounds`, async () => {
  const latencies: number[] = []
  const bursts: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const competition = await publishCompetition(app, committee, { fee: 0, quota: QUOTA, teamSize: { max: 1, min: 1 } })
    const burst = await timed(() =>
      Promise.all(
        teams.map(({ card, leader }, index) =>
          timed(() =>
            app.rest.post('/registrations', {
              body: {
                competition: competition.id,
                institution: `Universitas ${index}`,
                members: [{ email: leader.user.email, name: leader.user.name, studentCard: card, studentId: `NIM${index}` }],
                teamName: `Bench Team ${index}`,
              },
              token: leader.token,
            }),
          ),
        ),
      ),
    )
    bursts.push(burst.ms)
    latencies.push(...burst.result.map(({ ms }) => ms))
    const statuses = burst.result.map(({ result }) => result.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(QUOTA)
    expect(statuses.filter((status) => status === 409)).toHaveLength(TEAMS - QUOTA)
  }
  record(summarise(`registration request during a burst of ${TEAMS}`, latencies))
  const totalMs = bursts.reduce((sum, ms) => sum + ms, 0)
  record(summarise(`whole burst of ${TEAMS} (${QUOTA} places)`, bursts, (TEAMS * ROUNDS * 1000) / totalMs))
})

it('one registration at a time (no contention), 30 in a row', async () => {
  const competition = await publishCompetition(app, committee, { fee: 0, quota: null, teamSize: { max: 1, min: 1 } })
  const latencies: number[] = []
  for (const [index, { card, leader }] of teams.slice(0, 30).entries()) {
    const { ms, result } = await timed(() =>
      app.rest.post('/registrations', {
        body: {
          competition: competition.id,
          institution: `Kampus ${index}`,
          members: [{ email: leader.user.email, name: leader.user.name, studentCard: card, studentId: `S${index}` }],
          teamName: `Solo Team ${index}`,
        },
        token: leader.token,
      }),
    )
    expect(result.status).toBe(201)
    latencies.push(ms)
  }
  record(summarise('registration without contention', latencies))
})
