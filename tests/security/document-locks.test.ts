import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Competition } from '../../src/payload-types'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { publishCompetition, register } from '../helpers/registrations'

let app: TestApp
let committee: TestUser
let otherCommittee: TestUser
let participant: TestUser
let judge: TestUser
let competition: Competition
let registrationId: string

const LOCKS = '/payload-locked-documents'
const lockOn = (relationTo: string, value: string, user: TestUser) => ({
  document: { relationTo, value },
  user: { relationTo: 'users', value: user.user.id },
})
const storedLocks = () =>
  app.payload.find({ collection: 'payload-locked-documents', depth: 0, limit: 0, overrideAccess: true, pagination: false })

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  otherCommittee = await app.createUser('committee')
  participant = await app.createUser('participant')
  judge = await app.createUser('judge')
  competition = await publishCompetition(app, committee)
  const created = await register(app, participant, competition)
  expect(created.status).toBe(201)
  registrationId = created.body.doc.id
})

afterAll(async () => {
  await app?.close()
})

describe('document locks are the committee’s', () => {
  it('a participant, a judge or an anonymous caller cannot lock a competition (REST); the committee’s next save is not 423', async () => {
    for (const token of [participant.token, judge.token, undefined]) {
      const lock = await app.rest.post(LOCKS, { body: lockOn('competitions', competition.id, participant), token })
      expect([401, 403]).toContain(lock.status)
    }
    expect((await storedLocks()).totalDocs).toBe(0)
    const save = await app.rest.patch(`/competitions/${competition.id}`, {
      body: { summary: 'Edited by the committee' },
      token: committee.token,
    })
    expect(save.status).toBe(200)
  })

  it('nor through GraphQL', async () => {
    const mutation = `mutation ($value: JSON!, $user: JSON!) {
      createPayloadLockedDocument(data: { document: { relationTo: competitions, value: $value }, user: { relationTo: users, value: $user } }) { id }
    }`
    for (const token of [participant.token, undefined]) {
      const gql = await app.graphql(mutation, { user: participant.user.id, value: competition.id }, token)
      expect(gql.body.data?.createPayloadLockedDocument ?? null).toBeNull()
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    }
    expect((await storedLocks()).totalDocs).toBe(0)
  })

  it('participants and anonymous callers cannot list or delete locks; judges see and release only their own (REST and GraphQL)', async () => {
    const held = await app.rest.post(LOCKS, { body: lockOn('competitions', competition.id, committee), token: committee.token })
    expect(held.status).toBe(201)
    for (const token of [participant.token, undefined]) {
      expect([401, 403]).toContain((await app.rest.get(LOCKS, { token })).status)
      expect([401, 403, 404]).toContain((await app.rest.delete(`${LOCKS}/${held.body.doc.id}`, { token })).status)
      const gql = await app.graphql(`{ PayloadLockedDocuments { docs { id } } }`, {}, token)
      expect(gql.body.data?.PayloadLockedDocuments?.docs ?? []).toEqual([])
    }
    const judgesList = await app.rest.get(LOCKS, { token: judge.token })
    expect(judgesList.status).toBe(200)
    expect(judgesList.body.docs).toEqual([])
    expect([403, 404]).toContain((await app.rest.delete(`${LOCKS}/${held.body.doc.id}`, { token: judge.token })).status)
    expect((await storedLocks()).totalDocs).toBe(1)
    expect((await app.rest.delete(`${LOCKS}/${held.body.doc.id}`, { token: committee.token })).status).toBe(200)
  })

  it('a lock always names its requester, whatever the body says; another committee member then gets 423 as Payload intends', async () => {
    const lock = await app.rest.post(LOCKS, { body: lockOn('competitions', competition.id, participant), token: committee.token })
    expect(lock.status).toBe(201)
    const stored = await app.payload.findByID({
      collection: 'payload-locked-documents',
      depth: 0,
      id: lock.body.doc.id,
      overrideAccess: true,
    })
    expect((stored.user as { value: string }).value).toBe(committee.user.id)
    const blocked = await app.rest.patch(`/competitions/${competition.id}`, { body: { summary: 'Meanwhile' }, token: otherCommittee.token })
    expect(blocked.status).toBe(423)
    await app.rest.delete(`${LOCKS}/${lock.body.doc.id}`, { token: committee.token })
  })

  it('documents participants write (registrations, submissions, attachments, users) cannot be locked at all', async () => {
    for (const slug of ['registrations', 'submissions', 'attachments', 'users'] as const) {
      expect(app.payload.collections[slug].config.lockDocuments).toBe(false)
    }
    const lock = await app.rest.post(LOCKS, { body: lockOn('registrations', registrationId, committee), token: committee.token })
    expect(lock.status).toBe(400)
    const own = await app.rest.patch(`/registrations/${registrationId}`, { body: { teamName: 'Still Ours' }, token: participant.token })
    expect(own.status).toBe(200)
  })

  it('a lock on a document that does not exist is a 400, not a 500', async () => {
    const lock = await app.rest.post(LOCKS, {
      body: lockOn('competitions', '00000000-0000-4000-8000-000000000000', committee),
      token: committee.token,
    })
    expect(lock.status).toBe(400)
  })
})

describe('Payload’s other system collections', () => {
  it('preferences are each account’s own; migrations are not served', async () => {
    const saved = await app.rest.post('/payload-preferences/theme', { body: { value: 'dark' }, token: committee.token })
    expect(saved.status).toBeLessThan(300)
    const mine = await app.rest.get('/payload-preferences', { token: participant.token })
    expect(mine.status).toBe(200)
    expect(mine.body.docs).toEqual([])
    expect([401, 403]).toContain((await app.rest.get('/payload-preferences')).status)
    for (const token of [participant.token, committee.token, undefined]) {
      const migrations = await app.rest.get('/payload-migrations', { token })
      expect(migrations.status).toBeGreaterThanOrEqual(400)
      expect(migrations.body.docs).toBeUndefined()
    }
  })
})
