import { afterAll, beforeAll, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../tests/helpers/app'
import { record, summarise, timed, writeReport } from './measure'

/**
 * Anonymous forgot-password requests next to a participant's save (issue 8 item 5): how long
 * the save waits while BURST forgot-password requests (unknown emails) arrive at the same moment,
 * against the same save alone. Rate limits are off (startApp sets RATE_LIMITS=off) so every request does its work.
 */
const BURST = Number(process.env.BENCH_FORGOT_PASSWORD_BURST ?? 8)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

let app: TestApp
let participant: TestUser

beforeAll(async () => {
  app = await startApp()
  participant = await app.createUser('participant')
})

afterAll(async () => {
  writeReport('forgot-password')
  await app?.close()
})

const save = (round: number) =>
  app.rest.patch(`/users/${participant.user.id}`, { body: { institution: `Universitas ${round}` }, token: participant.token })

it(`a participant's save, alone and beside ${BURST} forgot-password requests`, async () => {
  const alone: number[] = []
  const beside: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const single = await timed(() => save(round))
    expect(single.result.status).toBe(200)
    alone.push(single.ms)

    const burst = Array.from({ length: BURST }, (_, index) =>
      app.rest.post('/users/forgot-password', { body: { email: `stranger-${round}-${index}@example.test` } }),
    )
    // The save is sent just after the burst, as a participant pressing "save" during it would.
    const during = await timed(() => save(round + 100))
    expect(during.result.status).toBe(200)
    beside.push(during.ms)
    expect((await Promise.all(burst)).every((answer) => answer.status === 200)).toBe(true)
  }
  record(summarise('save alone', alone))
  record(summarise(`save during ${BURST} forgot-password requests`, beside))
})
