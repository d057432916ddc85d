import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Competition } from '../../src/payload-types'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { daysFromNow } from '../helpers/fixtures'
import { publishCompetition, register, registrationBody, uploadAttachment } from '../helpers/registrations'

/**
 * "Full" is answered before a team's own problems (hooks/registrations/refuseWhenFull.ts): with
 * no place left and no waitlist, fixing the team would not get it in. What a participant relies
 * on: the sentence saying it is full, nothing stored, the earlier answers (bad body, not allowed)
 * unchanged, a waitlist working as before, and a freed place taken by the next team.
 */
let app: TestApp
let committee: TestUser
let judge: TestUser

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  judge = await app.createUser('judge')
})

afterAll(async () => {
  await app?.close()
})

const teamsIn = async (competition: Pick<Competition, 'id'>) =>
  (await app.payload.count({ collection: 'registrations', overrideAccess: true, where: { competition: { equals: competition.id } } }))
    .totalDocs
const invitationCount = async () => (await app.payload.count({ collection: 'invitations', overrideAccess: true })).totalDocs
const fullSentence = (competition: Competition) => `${competition.title} is full: all ${competition.quota} places are taken.`

describe('a competition with every place taken and no waitlist', () => {
  let competition: Competition
  let holder: TestUser
  let holderBody: Awaited<ReturnType<typeof registrationBody>>

  beforeAll(async () => {
    competition = await publishCompetition(app, committee, { fee: 0, quota: 2, teamSize: { max: 2, min: 1 } })
    holder = await app.createUser('participant')
    holderBody = await registrationBody(app, holder, competition, { teamName: 'Kopi Susu', withProof: false })
    expect((await app.rest.post('/registrations', { body: holderBody, token: holder.token })).status).toBe(201)
    expect((await register(app, await app.createUser('participant'), competition, { members: 1, withProof: false })).status).toBe(201)
  })

  it('answers 409 saying it is full, and stores nothing, even when the team has another problem that was answered first before', async () => {
    const stranger = await app.createUser('participant')
    const notTheirs = await uploadAttachment(app, stranger)
    const cases: { body: (leader: TestUser) => Promise<Record<string, unknown>>; wasAnswered: string }[] = [
      {
        body: async (leader) => {
          const body = await registrationBody(app, leader, competition, { members: 1, withProof: false })
          return { ...body, members: [{ ...body.members[0], studentCard: notTheirs }] }
        },
        wasAnswered: "400: the student card is not the leader's upload",
      },
      {
        body: (leader) => registrationBody(app, leader, competition, { members: 1, teamName: '  kopi SUSU ', withProof: false }),
        wasAnswered: '409: another team uses this name',
      },
      {
        body: async (leader) => {
          const body = await registrationBody(app, leader, competition, { members: 2, withProof: false })
          return { ...body, members: [body.members[0], { ...body.members[1], email: holderBody.members[1].email }] }
        },
        wasAnswered: '409: a member is already in another team',
      },
      {
        body: (leader) => registrationBody(app, leader, competition, { members: 3, withProof: false }),
        wasAnswered: '400: three members where the team size is one or two',
      },
    ]
    const teamsBefore = await teamsIn(competition)
    const invitationsBefore = await invitationCount()
    for (const { body, wasAnswered } of cases) {
      const leader = await app.createUser('participant')
      const response = await app.rest.post('/registrations', { body: await body(leader), token: leader.token })
      expect(response.status, wasAnswered).toBe(409)
      expect(errorMessages(response.body), wasAnswered).toEqual([fullSentence(competition)])
    }
    expect(await teamsIn(competition)).toBe(teamsBefore)
    expect(await invitationCount()).toBe(invitationsBefore)
  })

  it('a leader already holding a place who registers again is told that, not that it is full (which would sound like a lost place)', async () => {
    const teamsBefore = await teamsIn(competition)
    const again = await register(app, holder, competition, { members: 1, withProof: false })
    expect(again.status).toBe(409)
    expect(errorMessages(again.body)).toEqual(['You already lead a team in this competition; one team per person.'])
    expect(await teamsIn(competition)).toBe(teamsBefore)
  })

  it('a body of the wrong shape is still a 400 naming the field, and anonymous users and judges are still refused 403', async () => {
    const leader = await app.createUser('participant')
    const body = await registrationBody(app, leader, competition, { members: 1, withProof: false })
    const malformed = await app.rest.post('/registrations', { body: { ...body, members: 'everyone' }, token: leader.token })
    expect(malformed.status).toBe(400)
    expect(errorMessages(malformed.body).join('\n')).toMatch(/members: Send a list here/)
    for (const token of [undefined, judge.token]) {
      const refused = await app.rest.post('/registrations', { body, token })
      expect(refused.status).toBe(403)
      expect(errorMessages(refused.body).join('\n')).not.toMatch(/is full/)
    }
  })

  it('after its registration window closed, the answer is still that it closed', async () => {
    const closing = await publishCompetition(app, committee, { fee: 0, quota: 1, teamSize: { max: 1, min: 1 } })
    expect((await register(app, await app.createUser('participant'), closing, { members: 1, withProof: false })).status).toBe(201)
    const closed = await app.rest.patch(`/competitions/${closing.id}`, {
      body: { registrationClosesAt: daysFromNow(-0.01), registrationOpensAt: daysFromNow(-1) },
      token: committee.token,
    })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    const late = await register(app, await app.createUser('participant'), closing, { members: 1, withProof: false })
    expect(late.status).toBe(400)
    expect(errorMessages(late.body).join('\n')).toMatch(/Registration closed/)
  })
})

describe('places that free up, and the waitlist', () => {
  it('a place freed by a withdrawal goes to the next team that registers', async () => {
    const competition = await publishCompetition(app, committee, { fee: 0, quota: 1, teamSize: { max: 1, min: 1 } })
    const holder = await app.createUser('participant')
    const held = await register(app, holder, competition, { members: 1, withProof: false })
    expect(held.status).toBe(201)
    const next = await app.createUser('participant')
    const refused = await register(app, next, competition, { members: 1, withProof: false })
    expect(refused.status).toBe(409)
    expect(errorMessages(refused.body)).toEqual([fullSentence(competition)])

    const withdrawn = await app.rest.patch(`/registrations/${held.body.doc.id}`, { body: { status: 'withdrawn' }, token: holder.token })
    expect(withdrawn.status).toBe(200)
    const admitted = await register(app, next, competition, { members: 1, withProof: false })
    expect(admitted.status, JSON.stringify(admitted.body)).toBe(201)
    expect(admitted.body.doc.status).toBe('pending')
    const after = await register(app, await app.createUser('participant'), competition, { members: 1, withProof: false })
    expect(after.status).toBe(409)
  })

  it('after the quota is lowered, a place below it that is free still admits a team (places are counted, not teams)', async () => {
    const competition = await publishCompetition(app, committee, { fee: 0, quota: 3, teamSize: { max: 1, min: 1 } })
    const first = await app.createUser('participant')
    const firstTeam = await register(app, first, competition, { members: 1, withProof: false })
    for (let team = 0; team < 2; team++) {
      expect((await register(app, await app.createUser('participant'), competition, { members: 1, withProof: false })).status).toBe(201)
    }
    // Place 1 frees up; places 2 and 3 stay held, and the quota becomes 2: two teams hold places, one of them above the quota.
    expect(
      (await app.rest.patch(`/registrations/${firstTeam.body.doc.id}`, { body: { status: 'withdrawn' }, token: first.token })).status,
    ).toBe(200)
    const lowered = await app.rest.patch(`/competitions/${competition.id}`, { body: { quota: 2 }, token: committee.token })
    expect(lowered.status, JSON.stringify(lowered.body)).toBe(200)

    const admitted = await register(app, await app.createUser('participant'), competition, { members: 1, withProof: false })
    expect(admitted.status, JSON.stringify(admitted.body)).toBe(201)
    const refused = await register(app, await app.createUser('participant'), competition, { members: 1, withProof: false })
    expect(refused.status).toBe(409)
    expect(errorMessages(refused.body)).toEqual([fullSentence(lowered.body.doc as Competition)])
  })

  it('with a waitlist, the next team is still waitlisted, and a team with another problem still hears that problem', async () => {
    const competition = await publishCompetition(app, committee, { fee: 0, quota: 1, teamSize: { max: 1, min: 1 }, waitlist: true })
    expect((await register(app, await app.createUser('participant'), competition, { members: 1, withProof: false })).status).toBe(201)
    const waiting = await register(app, await app.createUser('participant'), competition, { members: 1, withProof: false })
    expect(waiting.status).toBe(201)
    expect(waiting.body.doc.status).toBe('waitlisted')

    const leader = await app.createUser('participant')
    const body = await registrationBody(app, leader, competition, { members: 1, withProof: false })
    const notTheirs = await uploadAttachment(app, await app.createUser('participant'))
    const response = await app.rest.post('/registrations', {
      body: { ...body, members: [{ ...body.members[0], studentCard: notTheirs }] },
      token: leader.token,
    })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/studentCard: This file does not exist or was not uploaded by the team leader/)
  })
})
