import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Competition, Registration } from '../../src/payload-types'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { png, uploadForm } from '../helpers/files'
import { competitionData } from '../helpers/fixtures'
import { publishCompetition, register } from '../helpers/registrations'

let app: TestApp
let committee: TestUser
let participant: TestUser
let judge: TestUser
let competition: Competition
let registration: Registration

const expectRefusal = (response: { body: unknown; status: number }, status: number, message: RegExp) => {
  expect(response.status).toBe(status)
  expect(errorMessages(response.body).join(' | ')).toMatch(message)
}

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  participant = await app.createUser('participant')
  judge = await app.createUser('judge')
  competition = await publishCompetition(app, committee)
  const created = await register(app, participant, competition)
  expect(created.status).toBe(201)
  registration = created.body.doc
})

afterAll(async () => {
  await app?.close()
})

describe('a body of the wrong shape is a 400 that names the field', () => {
  const patch = (body: unknown) => app.rest.patch(`/registrations/${registration.id}`, { body, token: participant.token })

  it('members as text or as an object', async () => {
    expectRefusal(await patch({ members: 'everyone' }), 400, /members: Send a list here, not text\./)
    expectRefusal(await patch({ members: { 0: { name: 'A' } } }), 400, /members: Send a list here, not an object\./)
  })

  it('a member’s email as a number, the team name as an object', async () => {
    const members = registration.members.map((m, i) => ({ ...m, email: i === 1 ? 42 : m.email }))
    expectRefusal(await patch({ members }), 400, /members\.1\.email: Send text here, not a number\./)
    expectRefusal(await patch({ teamName: { en: 'Team' } }), 400, /teamName: Send text here, not an object\./)
    const after = await app.payload.findByID({ collection: 'registrations', depth: 0, id: registration.id, overrideAccess: true })
    expect(after.teamName).toBe(registration.teamName)
  })

  it('a conflict whose registration is not an id', async () => {
    const response = await app.rest.post('/conflicts', { body: { registration: 'not-an-id' }, token: judge.token })
    expectRefusal(response, 400, /registration: This is not a valid document id\./)
    expect((await app.payload.count({ collection: 'conflicts' })).totalDocs).toBe(0)
  })

  it('text with a NUL character', async () => {
    expectRefusal(await patch({ institution: 'Uni\u0000versity' }), 400, /institution: Remove the NUL character/)
  })
})

describe('timestamps belong to the server', () => {
  // Found by the fuzz test: a null createdAt reached the database's NOT NULL constraint as a 500.
  it('a null or forged createdAt/updatedAt in a body is ignored, not a 500', async () => {
    const before = await app.payload.findByID({ collection: 'users', depth: 0, id: judge.user.id })
    for (const body of [{ createdAt: null }, { createdAt: '2001-01-01T00:00:00.000Z', updatedAt: null }]) {
      const response = await app.rest.patch(`/users/${judge.user.id}`, { body, token: judge.token })
      expect(response.status).toBe(200)
    }
    const after = await app.payload.findByID({ collection: 'users', depth: 0, id: judge.user.id })
    expect(after.createdAt).toBe(before.createdAt)
    const created = await app.rest.post('/competitions', {
      body: { ...competitionData({ title: 'Backdated Cup' }), createdAt: '2001-01-01T00:00:00.000Z' },
      token: committee.token,
    })
    expect(created.status).toBe(201)
    expect(Date.parse(created.body.doc.createdAt)).toBeGreaterThan(Date.parse('2020-01-01'))
  })
})

describe('a query the database cannot run is a 400 (or a clamped page)', () => {
  it('a huge limit is lowered to 1000', async () => {
    const response = await app.rest.get('/competitions?limit=99999999999999999999')
    expect(response.status).toBe(200)
    expect(response.body.limit).toBe(1000)
    expect(response.body.docs).toHaveLength(1)
    expectRefusal(await app.rest.get('/competitions?limit=-5'), 400, /limit as a whole number/)
    expectRefusal(await app.rest.get('/competitions?page=99999999999999999999'), 400, /page as a whole number/)
  })

  it('an operator the field does not support', async () => {
    expectRefusal(await app.rest.get('/competitions?where[title][near]=1'), 400, /"near" cannot be used on title/)
    // Found by tests/security/fuzz.test.ts: the SQL adapters have no `all` operator.
    expectRefusal(
      await app.rest.get('/competitions?where[stages.submissionKinds][all]=file'),
      400,
      /"all" cannot be used on stages\.submissionKinds/,
    )
    // Found by the fuzz test: text operators on rich text and JSON were a 500 on PostgreSQL (jsonb).
    for (const operator of ['like', 'not_like', 'contains']) {
      expectRefusal(
        await app.rest.get(`/competitions?where[description][${operator}]=juara`),
        400,
        new RegExp(`"${operator}" cannot be used on description`),
      )
      expectRefusal(
        await app.rest.get(`/announcements?where[body][${operator}]=juara`, { token: committee.token }),
        400,
        new RegExp(`"${operator}" cannot be used on body`),
      )
      expectRefusal(
        await app.rest.get(`/audit-events?where[before][${operator}]=verified`, { token: committee.token }),
        400,
        new RegExp(`"${operator}" cannot be used on before`),
      )
    }
  })

  it('a value of the wrong type: a date that is not a date, an id that is not an id', async () => {
    expectRefusal(
      await app.rest.get('/competitions?where[registrationOpensAt][greater_than]=notadate'),
      400,
      /registrationOpensAt: Compare this field with a date/,
    )
    expectRefusal(
      await app.rest.get('/registrations?where[competition][equals]=nope', { token: committee.token }),
      400,
      /competition: Compare this field with a valid document id/,
    )
    expectRefusal(await app.rest.get('/competitions?where[fee][less_than]=cheap'), 400, /fee: Compare this field with a number/)
  })
})

describe('routes that do not exist for a collection', () => {
  it('registrations keep no versions: /versions and /versions/<id> are 404', async () => {
    expect((await app.rest.get('/registrations/versions', { token: committee.token })).status).toBe(404)
    expect((await app.rest.get(`/registrations/versions/${registration.id}`, { token: committee.token })).status).toBe(404)
  })
})

describe('uploads', () => {
  it('a file name with a NUL byte is a 400, and nothing is stored', async () => {
    const before = (await app.payload.count({ collection: 'attachments' })).totalDocs
    const response = await app.rest.post('/attachments', {
      form: uploadForm(await png(), 'card\u0000.png', 'image/png'),
      token: participant.token,
    })
    expectRefusal(response, 400, /The upload could not be read/)
    expect((await app.payload.count({ collection: 'attachments' })).totalDocs).toBe(before)
  })
})
