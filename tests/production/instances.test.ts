import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../helpers/server'

import { type Deployment, registrationBurst, startDeployment } from '../helpers/deployment'
import { competitionData } from '../helpers/fixtures'

/**
 * Two production servers (`next start`) of one deployment: one PostgreSQL database, one uploads
 * folder, one Redis, one job worker (`npm run jobs:worker`; the servers run no jobs). Payload's
 * job runner claims jobs by reading pending ones and then marking them, without re-checking, so
 * two servers running the queue can both send one email; a single worker cannot.
 */
const PARTICIPANTS = 1000
const QUOTA = 100
/** A committee edit reaches the other instance's public answers by its next request; polled this long at most. */
const VISIBLE_WITHIN_MS = 5_000

let deployment: Deployment | undefined
let servers: RunningServer[] = []

beforeAll(async () => {
  if (!process.env.TEST_POSTGRES_URL) return
  // Login attempts are counted per email in the shared database; low so the test reaches the limit.
  deployment = await startDeployment({ env: { RATE_LIMIT_LOGIN_EMAIL: '4/15m' }, instances: 2 })
  servers = deployment.servers
  deployment.startWorker()
})

afterAll(async () => {
  await deployment?.stop()
})

// Several servers need PostgreSQL (SQLite is one process's file): without TEST_POSTGRES_URL (set by
// .ci/run) there is nothing to run them on.
describe.skipIf(!process.env.TEST_POSTGRES_URL)('two servers, one truth', () => {
  it('a login on one server works on the other', async () => {
    const [a, b] = servers
    const token = await a.login(a.admin.email, a.admin.password)
    expect(token).toBeTruthy()
    const me = await b.api('GET', '/users/me', undefined, token)
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(a.admin.email)
  })

  it('login attempts are counted for both servers together (the limit lives in the database)', async () => {
    const [a, b] = servers
    const statuses: number[] = []
    for (let attempt = 0; attempt < 5; attempt++) {
      const server = attempt % 2 === 0 ? a : b
      statuses.push((await server.api('POST', '/users/login', { email: 'nobody@multi.test', password: 'wrong-password' })).status)
    }
    // Four allowed in all (two on each server), the fifth refused whichever server gets it.
    expect(statuses.slice(0, 4).every((status) => status === 401)).toBe(true)
    expect(statuses[4]).toBe(429)
  })

  it(`${PARTICIPANTS} participants at once, split across both, hold exactly ${QUOTA} places; each gets one email`, async () => {
    const [a, b] = servers
    const committeeToken = await a.login(a.admin.email, a.admin.password)
    const created = await a.api(
      'POST',
      '/competitions',
      { ...competitionData({ fee: 0, quota: QUOTA, teamSize: { max: 1, min: 1 }, waitlist: false }), _status: 'published' },
      committeeToken,
    )
    expect(created.status).toBe(201)
    const competition = created.body.doc

    const { mailbox, payload, seedParticipants, workerLog } = deployment as Deployment
    const participants = await seedParticipants(PARTICIPANTS, 'burst')
    const responses = await registrationBurst([a, b], participants, competition.id)
    const statuses = responses.map((response) => response.status)
    expect(statuses.filter((status) => status >= 500)).toEqual([])
    expect(statuses.filter((status) => status === 201)).toHaveLength(QUOTA)
    expect(statuses.filter((status) => status === 409)).toHaveLength(PARTICIPANTS - QUOTA)

    const held = await payload.count({ collection: 'registrations', where: { competition: { equals: competition.id } } })
    expect(held.totalDocs).toBe(QUOTA)

    // Every accepted team's leader gets their email exactly once; nobody refused gets one.
    const accepted = participants.filter((_, index) => statuses[index] === 201)
    const received = () => mailbox.messages.filter((m) => /Registration received/.test(m.subject))
    await expect
      .poll(() => received().length, { interval: 500, timeout: 120_000 })
      .toBeGreaterThanOrEqual(QUOTA)
      .catch((error) => {
        throw new Error(`${error.message}\nWorker log:\n${workerLog().slice(-3000)}`)
      })
    // Another run of the worker would have sent any duplicate by now.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(received()).toHaveLength(QUOTA)
    for (const participant of accepted)
      expect(mailbox.for(participant.email).filter((m) => /Registration received/.test(m.subject))).toHaveLength(1)
  })

  it(`a committee edit on one server shows on the other's public pages within ${VISIBLE_WITHIN_MS / 1000} s`, async () => {
    const [a, b] = servers
    const committeeToken = await a.login(a.admin.email, a.admin.password)
    const created = await a.api(
      'POST',
      '/competitions',
      { ...competitionData({ title: 'Shared Cup' }), _status: 'published' },
      committeeToken,
    )
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc
    const page = async () => (await fetch(`${b.url}/en/competitions/${slug}`)).text()
    const listed = async () => JSON.stringify((await b.api('GET', `/competitions?where[slug][equals]=${slug}`)).body)
    // B renders (and caches, where pages are cached) the old title first.
    const first = await page()
    if (!first.includes('Shared Cup')) throw new Error(`The other server's page lacks the title; its log:\n${b.log().slice(-5000)}`)
    expect(await listed()).toContain('Shared Cup')

    const edited = await a.api('PATCH', `/competitions/${id}`, { title: 'Shared Cup Renamed' }, committeeToken)
    expect(edited.status).toBe(200)
    await expect.poll(page, { interval: 250, timeout: VISIBLE_WITHIN_MS }).toContain('Shared Cup Renamed')
    await expect.poll(listed, { interval: 250, timeout: VISIBLE_WITHIN_MS }).toContain('Shared Cup Renamed')
  })
})
