import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { competitionData, daysFromNow } from '../helpers/fixtures'

let app: TestApp
let admin: TestUser
let committee: TestUser
let judge: TestUser
let participant: TestUser

beforeAll(async () => {
  app = await startApp()
  admin = await app.createUser('admin')
  committee = await app.createUser('committee')
  judge = await app.createUser('judge')
  participant = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
})

const createAsCommittee = async (overrides = {}, status: 'draft' | 'published' = 'published') => {
  const response = await app.rest.post('/competitions', {
    body: { ...competitionData(overrides), _status: status },
    token: committee.token,
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as { id: string; slug: string; title: string }
}

describe('drafts and publishing', () => {
  it('anonymous users and participants never see a draft, by list, id, where, draft=true or GraphQL', async () => {
    const draft = await createAsCommittee({ title: 'Secret Draft Cup' }, 'draft')

    for (const token of [undefined, participant.token]) {
      const list = await app.rest.get('/competitions?limit=100', { token })
      expect(list.status).toBe(200)
      expect(list.body.docs.map((c: { id: string }) => c.id)).not.toContain(draft.id)

      expect((await app.rest.get(`/competitions/${draft.id}`, { token })).status).toBe(404)
      expect((await app.rest.get(`/competitions/${draft.id}?draft=true`, { token })).status).toBe(404)

      const where = await app.rest.get(`/competitions?where[title][equals]=Secret%20Draft%20Cup&draft=true`, { token })
      expect(where.body.docs).toEqual([])

      const versions = await app.rest.get(`/competitions/versions?where[parent][equals]=${draft.id}`, { token })
      expect(versions.status).toBe(403)

      const gql = await app.graphql(`{ Competitions(draft: true, limit: 100) { docs { id title } } }`, {}, token)
      expect(JSON.stringify(gql.body)).not.toContain('Secret Draft Cup')
      const byId = await app.graphql(`query ($id: String!) { Competition(id: $id, draft: true) { title } }`, { id: draft.id }, token)
      expect(JSON.stringify(byId.body)).not.toContain('Secret Draft Cup')
    }
  })

  it('committee sees its draft and publishes it; then everyone sees it', async () => {
    const draft = await createAsCommittee({ title: 'Launching Soon Cup' }, 'draft')
    expect((await app.rest.get(`/competitions/${draft.id}`, { token: committee.token })).status).toBe(200)

    const publish = await app.rest.patch(`/competitions/${draft.id}`, { body: { _status: 'published' }, token: committee.token })
    expect(publish.status).toBe(200)

    const anonymous = await app.rest.get(`/competitions/${draft.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.title).toBe('Launching Soon Cup')
    const gql = await app.graphql<{ Competition: { title: string } }>(`query ($id: String!) { Competition(id: $id) { title } }`, {
      id: draft.id,
    })
    expect(gql.body.data?.Competition.title).toBe('Launching Soon Cup')
  })

  it('committee can publish through GraphQL too', async () => {
    const draft = await createAsCommittee({ title: 'GraphQL Published Cup' }, 'draft')
    const gql = await app.graphql(
      `mutation ($id: String!) { updateCompetition(id: $id, data: { _status: published }) { _status } }`,
      { id: draft.id },
      committee.token,
    )
    expect(gql.body.errors).toBeUndefined()
    expect((await app.rest.get(`/competitions/${draft.id}`)).status).toBe(200)
  })
})

describe('who may change competitions', () => {
  it('participants, judges and anonymous users cannot create, through REST or GraphQL', async () => {
    for (const token of [undefined, participant.token, judge.token]) {
      const response = await app.rest.post('/competitions', { body: competitionData(), token })
      expect(response.status).toBe(403)
      const gql = await app.graphql(
        `mutation { createCompetition(data: { title: "Nope", category: hackathon, fee: 0, registrationOpensAt: "2030-01-01T00:00:00Z", registrationClosesAt: "2030-02-01T00:00:00Z", teamSize: { min: 1, max: 2 } }) { id } }`,
        {},
        token,
      )
      expect(gql.body.errors?.length).toBeGreaterThan(0)
    }
    expect((await app.payload.count({ collection: 'competitions', where: { title: { equals: 'Nope' } } })).totalDocs).toBe(0)
  })

  it('a participant cannot update a published competition', async () => {
    const competition = await createAsCommittee()
    const response = await app.rest.patch(`/competitions/${competition.id}`, { body: { fee: 1 }, token: participant.token })
    expect(response.status).toBe(403)
    expect((await app.payload.findByID({ collection: 'competitions', id: competition.id })).fee).toBe(100000)
  })

  it('only admins delete competitions', async () => {
    const competition = await createAsCommittee()
    expect((await app.rest.delete(`/competitions/${competition.id}`, { token: participant.token })).status).toBe(403)
    expect((await app.rest.delete(`/competitions/${competition.id}`, { token: committee.token })).status).toBe(403)
    expect((await app.rest.delete(`/competitions/${competition.id}`, { token: admin.token })).status).toBe(200)
    expect((await app.payload.count({ collection: 'competitions', where: { id: { equals: competition.id } } })).totalDocs).toBe(0)
  })
})

describe('validation', () => {
  const expect400 = async (overrides: object, field: RegExp, message: RegExp) => {
    const before = (await app.payload.count({ collection: 'competitions' })).totalDocs
    const response = await app.rest.post('/competitions', {
      body: { ...competitionData(overrides), _status: 'published' },
      token: committee.token,
    })
    expect(response.status).toBe(400)
    const messages = errorMessages(response.body).join('\n')
    expect(messages).toMatch(field)
    expect(messages).toMatch(message)
    expect((await app.payload.count({ collection: 'competitions' })).totalDocs).toBe(before)
  }

  it('registration must close after it opens', () =>
    expect400(
      { registrationClosesAt: daysFromNow(1), registrationOpensAt: daysFromNow(2) },
      /registrationClosesAt/,
      /must close after it opens/,
    ))

  it('the minimum team size cannot exceed the maximum', () =>
    expect400({ teamSize: { max: 2, min: 4 } }, /teamSize\.max/, /minimum team size \(4\) cannot be larger than the maximum \(2\)/))

  it('the fee is a whole, non-negative number of rupiah', async () => {
    await expect400({ fee: -5 }, /fee/, /.+/)
    await expect400({ fee: 1500.5 }, /fee/, /whole number/)
  })

  it('each stage closes after it opens', () =>
    expect400(
      { stages: [{ closesAt: daysFromNow(8), key: 'preliminary', name: 'Preliminary', opensAt: daysFromNow(9) }] },
      /stages\.0\.closesAt/,
      /Stage "Preliminary" must close after it opens/,
    ))

  it('stages run in order', () =>
    expect400(
      {
        stages: [
          { closesAt: daysFromNow(20), key: 'preliminary', name: 'Preliminary', opensAt: daysFromNow(8) },
          { closesAt: daysFromNow(30), key: 'final', name: 'Final', opensAt: daysFromNow(15) },
        ],
      },
      /stages\.1\.opensAt/,
      /opens before the previous stage "Preliminary" closes/,
    ))

  it('stage keys are unique within a competition', () =>
    expect400(
      {
        stages: [
          { closesAt: daysFromNow(10), key: 'round', name: 'Round one', opensAt: daysFromNow(8) },
          { closesAt: daysFromNow(20), key: 'round', name: 'Round two', opensAt: daysFromNow(12) },
        ],
      },
      /stages\.1\.key/,
      /already uses the key "round"/,
    ))

  it('judges must be users with the judge role', () => expect400({ judges: [participant.user.id] }, /judges/, /.+/))

  it('accepts a judge who is a judge', async () => {
    const competition = await createAsCommittee({ judges: [judge.user.id] })
    const stored = await app.payload.findByID({ collection: 'competitions', depth: 0, id: competition.id })
    expect(stored.judges).toEqual([judge.user.id])
  })

  it('checks a partial update against the stored competition', async () => {
    const competition = await createAsCommittee()
    const response = await app.rest.patch(`/competitions/${competition.id}`, {
      body: { registrationOpensAt: daysFromNow(60) },
      token: committee.token,
    })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/Registration must close after it opens/)
  })
})

describe('slugs', () => {
  it('makes the slug from the title unless one is given', async () => {
    const made = await createAsCommittee({ title: 'Capture Thé Flag: Final 2026!' })
    expect(made.slug).toBe('capture-the-flag-final-2026')
    const given = await createAsCommittee({ slug: 'my-own-slug', title: 'Something else' })
    expect(given.slug).toBe('my-own-slug')
  })

  it('refuses a second competition with the same slug', async () => {
    await createAsCommittee({ title: 'Same Name Cup' })
    const response = await app.rest.post('/competitions', {
      body: { ...competitionData({ title: 'Same Name Cup' }), _status: 'published' },
      token: committee.token,
    })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/slug/)
  })
})

describe("the committee's branding", () => {
  it('keeps a hex accent colour and refuses anything else with a sentence (it reaches the page as CSS)', async () => {
    const branded = await createAsCommittee({ accentColor: '#0F766E', title: 'Teal Cup' })
    expect((await app.rest.get(`/competitions/${branded.id}`)).body.accentColor).toBe('#0F766E')

    for (const accentColor of ['teal', '#0f766e;background:url(x)', '#fff']) {
      const response = await app.rest.post('/competitions', {
        body: { ...competitionData({ accentColor, title: `Bad Accent ${accentColor.length}` }), _status: 'published' },
        token: committee.token,
      })
      expect(response.status).toBe(400)
      expect(errorMessages(response.body).join('\n')).toMatch(/six hexadecimal digits/)
    }
  })
})
