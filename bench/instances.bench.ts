import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Deployment, registrationBurst, startDeployment } from '../tests/helpers/deployment'
import { competitionData } from '../tests/helpers/fixtures'
import { type SeededParticipant } from '../tests/helpers/participants'
import { record, summarise, timed, writeReport } from './measure'

/**
 * The registration burst against the production build (`next start`) on PostgreSQL, one server
 * against two of one deployment (tests/helpers/deployment.ts, as tests/production/instances.test.ts
 * runs them): PARTICIPANTS one-person teams at once for QUOTA places, dealt out to the servers in
 * turn, over HTTP. Rounds alternate one and two servers (1, 2, 2, 1, …) so both see the same
 * machine. Reported: the burst's throughput, per instance, and each request's latency. The
 * outcome is checked (exactly QUOTA places, the rest 409, no 5xx); timings are only reported.
 * Needs TEST_POSTGRES_URL and Redis (TEST_REDIS_URL); builds the app when stale.
 */
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 1000)
const QUOTA = Number(process.env.BENCH_QUOTA ?? 100)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

let deployment: Deployment | undefined
let participants: SeededParticipant[] = []
let committeeToken: string

beforeAll(async () => {
  if (!process.env.TEST_POSTGRES_URL) return
  deployment = await startDeployment({ instances: 2 })
  const [a] = deployment.servers
  committeeToken = await a.login(a.admin.email, a.admin.password)
  participants = await deployment.seedParticipants(PARTICIPANTS, 'bench')
})

afterAll(async () => {
  if (deployment) writeReport('instances')
  await deployment?.stop()
})

describe.skipIf(!process.env.TEST_POSTGRES_URL)('production servers on one PostgreSQL', () => {
  it(`${PARTICIPANTS} teams at once for ${QUOTA} places, on one server and on two`, async () => {
    const { servers } = deployment as Deployment
    const runs = new Map<number, { bursts: number[]; latencies: number[] }>([
      [1, { bursts: [], latencies: [] }],
      [2, { bursts: [], latencies: [] }],
    ])
    // 1, 2, 2, 1, 1, 2, …: each configuration runs first as often as the other.
    const order = Array.from({ length: ROUNDS * 2 }, (_, round) => (round % 4 === 0 || round % 4 === 3 ? 1 : 2))
    for (const instances of order) {
      const created = await servers[0].api(
        'POST',
        '/competitions',
        { ...competitionData({ fee: 0, quota: QUOTA, teamSize: { max: 1, min: 1 }, waitlist: false }), _status: 'published' },
        committeeToken,
      )
      expect(created.status).toBe(201)
      const burst = await timed(() => registrationBurst(servers.slice(0, instances), participants, created.body.doc.id))
      const statuses = burst.result.map((answer) => answer.status)
      expect(statuses.filter((status) => status >= 500)).toEqual([])
      expect(statuses.filter((status) => status === 201)).toHaveLength(QUOTA)
      expect(statuses.filter((status) => status === 409)).toHaveLength(PARTICIPANTS - QUOTA)
      const run = runs.get(instances)!
      run.bursts.push(burst.ms)
      run.latencies.push(...burst.result.map((answer) => answer.ms))
    }
    for (const [instances, { bursts, latencies }] of runs) {
      const perSecond = (PARTICIPANTS * bursts.length * 1000) / bursts.reduce((sum, ms) => sum + ms, 0)
      const label = `${instances} instance${instances === 1 ? '' : 's'}`
      record(summarise(`${label}: whole burst of ${PARTICIPANTS} (${QUOTA} places), throughput`, bursts, perSecond))
      record(summarise(`${label}: whole burst of ${PARTICIPANTS}, throughput per instance`, bursts, perSecond / instances))
      record(summarise(`${label}: a request during the burst`, latencies))
    }
  })
})
