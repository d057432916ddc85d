import { afterAll, beforeAll, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { publishCompetition, registrationBody } from '../helpers/registrations'

/**
 * A registration's creation time decides the waitlist's order (the oldest waitlisted team gets a
 * freed place), so nobody sets it through the API: a team that sends its own is ignored.
 */
let app: TestApp
let committee: TestUser
let leader: TestUser
let registrationId: string

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  leader = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
})

const storedCreatedAt = async () => (await app.payload.findByID({ collection: 'registrations', depth: 0, id: registrationId })).createdAt

it('a team registering with its own createdAt gets the server time', async () => {
  const competition = await publishCompetition(app, committee, { fee: 0, quota: null })
  const before = Date.now()
  const body = { ...(await registrationBody(app, leader, competition, { withProof: false })), createdAt: '2000-01-01T00:00:00.000Z' }
  const response = await app.rest.post('/registrations', { body, token: leader.token })
  expect(response.status).toBe(201)
  registrationId = response.body.doc.id
  expect(Date.parse(await storedCreatedAt())).toBeGreaterThanOrEqual(before - 1000)
})

it('neither the team nor the committee moves it later', async () => {
  const stored = await storedCreatedAt()
  for (const token of [leader.token, committee.token]) {
    const response = await app.rest.patch(`/registrations/${registrationId}`, { body: { createdAt: '1999-01-01T00:00:00.000Z' }, token })
    expect(response.status).toBe(200)
    expect(await storedCreatedAt()).toBe(stored)
  }
})
