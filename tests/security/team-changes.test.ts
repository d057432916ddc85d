import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Competition, Registration } from '../../src/payload-types'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { competitionData } from '../helpers/fixtures'
import { publishCompetition, register, uploadAttachment } from '../helpers/registrations'

let app: TestApp
let committee: TestUser
let competition: Competition

const stored = (id: string) =>
  app.payload.findByID({ collection: 'registrations', depth: 0, id, overrideAccess: true }) as Promise<Registration>

const member = (index: number, studentCard: string, email = `member-${index}@example.test`) => ({
  email,
  name: `Member ${index}`,
  studentCard,
  studentId: `NIM-${index}`,
})

/** A pending registration of a fresh team, its leader and one of the leader's documents. */
const pendingTeam = async () => {
  const leader = await app.createUser('participant')
  const created = await register(app, leader, competition)
  expect(created.status).toBe(201)
  const doc = created.body.doc as Registration
  return { card: await uploadAttachment(app, leader), doc, leader }
}

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  competition = await publishCompetition(app, committee, { teamSize: { max: 3, min: 1 } })
})

afterAll(async () => {
  await app?.close()
})

describe('withdrawing does not skip the team checks', () => {
  it('a participant cannot change team details while withdrawing; the registration stays as it was', async () => {
    const { card, doc, leader } = await pendingTeam()
    const other = await pendingTeam()
    const stranger = await app.createUser('participant')
    const strangersFile = await uploadAttachment(app, stranger)
    const attempts = [
      { teamName: other.doc.teamName },
      { members: [member(0, card, leader.user.email), member(1, card, 'twin@example.test'), member(2, card, 'twin@example.test')] },
      { members: [member(0, card, leader.user.email), member(1, strangersFile)] },
      { institution: 'Somewhere Else' },
    ]
    for (const change of attempts) {
      const response = await app.rest.patch(`/registrations/${doc.id}`, { body: { status: 'withdrawn', ...change }, token: leader.token })
      expect(response.status).toBe(403)
      expect(errorMessages(response.body).join(' ')).toMatch(/Withdraw without changing the team details/)
      const after = await stored(doc.id)
      expect(after.status).toBe('pending')
      expect(after.teamName).toBe(doc.teamName)
      expect(after.members).toHaveLength(2)
    }
    const withdrawn = await app.rest.patch(`/registrations/${doc.id}`, { body: { status: 'withdrawn' }, token: leader.token })
    expect(withdrawn.status).toBe(200)
    expect((await stored(doc.id)).status).toBe('withdrawn')
  })

  it('the committee’s changes to a team run the same checks whatever the status', async () => {
    const { card, doc, leader } = await pendingTeam()
    const repeated = [member(0, card, leader.user.email), member(1, card, 'same@example.test'), member(2, card, 'SAME@example.test')]
    const rejected = await app.rest.patch(`/registrations/${doc.id}`, {
      body: { members: repeated, reviewNote: 'Incomplete documents.', status: 'rejected' },
      token: committee.token,
    })
    expect(rejected.status).toBe(400)
    expect(errorMessages(rejected.body).join(' ')).toMatch(/listed twice/)
    const tooMany = await app.rest.patch(`/registrations/${doc.id}`, {
      body: { members: [0, 1, 2, 3].map((i) => member(i, card)), reviewNote: 'Incomplete documents.', status: 'rejected' },
      token: committee.token,
    })
    expect(tooMany.status).toBe(400)
    expect(errorMessages(tooMany.body).join(' ')).toMatch(/1 to 3 members/)
    expect((await stored(doc.id)).status).toBe('pending')
  })
})

describe('team size is bounded before any work', () => {
  it('more than 10 members is refused by the field itself, at once', async () => {
    const { card, doc, leader } = await pendingTeam()
    const started = Date.now()
    const response = await app.rest.patch(`/registrations/${doc.id}`, {
      body: {
        members: Array.from({ length: 50 }, (_, i) => member(i, card, i === 0 ? leader.user.email : undefined)),
        status: 'withdrawn',
      },
      token: leader.token,
    })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join(' ')).toMatch(/members: Send at most 10 rows here \(50 were sent\)/)
    expect(Date.now() - started).toBeLessThan(1000)
    expect((await stored(doc.id)).members).toHaveLength(2)
  })

  it('4,000 or 10,000 members are a 413 well under a second, and nothing is stored', async () => {
    const { card, doc, leader } = await pendingTeam()
    for (const size of [4_000, 10_000]) {
      const started = Date.now()
      const members = Array.from({ length: size }, (_, i) => member(i, card))
      const response = await app.rest.patch(`/registrations/${doc.id}`, { body: { members, status: 'withdrawn' }, token: leader.token })
      expect(response.status).toBe(413)
      expect(errorMessages(response.body).join(' ')).toMatch(/too large .* send at most 256 KB/)
      expect(Date.now() - started).toBeLessThan(1000)
      const created = await app.rest.post('/registrations', {
        body: { competition: competition.id, institution: 'X', members, teamName: `Huge ${size}` },
        token: leader.token,
      })
      expect(created.status).toBe(413)
    }
    const after = await stored(doc.id)
    expect(after.members).toHaveLength(2)
    expect(after.status).toBe('pending')
    expect((await app.payload.count({ collection: 'registrations', where: { teamName: { like: 'Huge' } } })).totalDocs).toBe(0)
  })

  it('a competition cannot allow teams larger than 10', async () => {
    const response = await app.rest.post('/competitions', {
      body: competitionData({ teamSize: { max: 11, min: 1 } }),
      token: committee.token,
    })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join(' ')).toMatch(/teamSize\.max/)
  })
})
