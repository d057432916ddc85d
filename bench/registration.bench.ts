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

/** Team `index` (a one-person team: its leader) registers for the competition through REST. */
const registerTeam = (index: number, competitionId: string) => {
  const { card, leader } = teams[index]
  return app.rest.post('/registrations', {
    body: {
      competition: competitionId,
      institution: `Universitas ${index}`,
      members: [{ email: leader.user.email, name: leader.user.name, studentCard: card, studentId: `NIM${index}` }],
      teamName: `Bench Team ${index}`,
    },
    token: leader.token,
  })
}

afterAll(async () => {
  writeReport('registration')
  await app?.close()
})

it(`${TEAMS} teams at once for ${QUOTA} places, ${ROUNDS} rounds`, async () => {
  const latencies: number[] = []
  const bursts: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const competition = await publishCompetition(app, committee, { fee: 0, quota: QUOTA, teamSize: { max: 1, min: 1 } })
    const burst = await timed(() => Promise.all(teams.map((_, index) => timed(() => registerTeam(index, competition.id)))))
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
  for (let index = 0; index < Math.min(30, TEAMS); index++) {
    const { ms, result } = await timed(() => registerTeam(index, competition.id))
    expect(result.status).toBe(201)
    latencies.push(ms)
  }
  record(summarise('registration without contention', latencies))
})
