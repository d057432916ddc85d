import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { publishCompetition, register, uploadAttachment } from '../helpers/registrations'

let app: TestApp
let admin: TestUser
let committee: TestUser
let competitionId: string

beforeAll(async () => {
  app = await startApp()
  admin = await app.createUser('admin')
  committee = await app.createUser('committee')
  competitionId = (await publishCompetition(app, committee, { codePrefix: 'UIUX', fee: 75000, title: 'UI/UX Review Cup' })).id
})

afterAll(async () => {
  await app?.close()
})

const stored = (id: string) => app.payload.findByID({ collection: 'registrations', depth: 0, id, overrideAccess: true })
const newTeam = async () => {
  const leader = await app.createUser('participant', { name: 'Rina Leader' })
  const response = await register(app, leader, { id: competitionId })
  expect(response.status).toBe(201)
  return { id: response.body.doc.id as string, leader }
}

describe('the committee reviews', () => {
  it('verifies a team, recording who and when, and the leader is emailed', async () => {
    const { id, leader } = await newTeam()
    const received = await app.mailbox.waitFor(leader.user.email, (m) => /Registration received/.test(m.subject))
    expect(received.text).toMatch(/UIUX-\d{4}/)
    expect(received.text).toMatch(/Rp75\.000/)
    expect(received.text).toMatch(/What happens next/)

    const response = await app.rest.patch(`/registrations/${id}`, { body: { status: 'verified' }, token: committee.token })
    expect(response.status).toBe(200)
    const doc = await stored(id)
    expect(doc.status).toBe('verified')
    expect(doc.reviewedBy).toBe(committee.user.id)
    expect(Date.now() - new Date(doc.reviewedAt as string).getTime()).toBeLessThan(60_000)
    await app.mailbox.waitFor(leader.user.email, (m) => /verified/.test(m.subject))
  })

  it('asks for a revision only with a note; the note reaches the team', async () => {
    const { id, leader } = await newTeam()
    const noNote = await app.rest.patch(`/registrations/${id}`, { body: { status: 'needs-revision' }, token: committee.token })
    expect(noNote.status).toBe(400)
    expect(errorMessages(noNote.body).join('\n')).toMatch(/status: Write a note telling the team what to fix/)
    expect((await stored(id)).status).toBe('pending')

    const withNote = await app.rest.patch(`/registrations/${id}`, {
      body: { reviewNote: 'The KTM of member 2 is unreadable.', status: 'needs-revision' },
      token: committee.token,
    })
    expect(withNote.status).toBe(200)
    const mail = await app.mailbox.waitFor(leader.user.email, (m) => /Action needed/.test(m.subject))
    expect(mail.text).toContain('The KTM of member 2 is unreadable.')
  })

  it('rejects only with a note; rejected is final', async () => {
    const { id, leader } = await newTeam()
    expect((await app.rest.patch(`/registrations/${id}`, { body: { status: 'rejected' }, token: committee.token })).status).toBe(400)
    const reject = await app.rest.patch(`/registrations/${id}`, {
      body: { reviewNote: 'Payment not received.', status: 'rejected' },
      token: committee.token,
    })
    expect(reject.status).toBe(200)
    expect((await app.mailbox.waitFor(leader.user.email, (m) => /rejected/.test(m.subject))).text).toContain('Payment not received.')
    const reopen = await app.rest.patch(`/registrations/${id}`, { body: { status: 'verified' }, token: committee.token })
    expect(reopen.status).toBe(400)
    expect(errorMessages(reopen.body).join('\n')).toMatch(/can no longer change/)
  })

  it('only admins delete registrations', async () => {
    const { id, leader } = await newTeam()
    expect((await app.rest.delete(`/registrations/${id}`, { token: leader.token })).status).toBe(403)
    expect((await app.rest.delete(`/registrations/${id}`, { token: committee.token })).status).toBe(403)
    expect((await app.rest.delete(`/registrations/${id}`, { token: admin.token })).status).toBe(200)
  })
})

describe('the team edits and withdraws', () => {
  it('edits while pending; cannot set its own status, leader, code, fee or review fields (ignored)', async () => {
    const { id, leader } = await newTeam()
    const other = await app.createUser('participant')
    const response = await app.rest.patch(`/registrations/${id}`, {
      body: {
        code: 'HACKED',
        feeDue: 0,
        leader: other.user.id,
        reviewNote: 'fine',
        reviewedBy: leader.user.id,
        status: 'verified',
        teamName: 'Renamed Team',
      },
      token: leader.token,
    })
    expect(response.status).toBe(200)
    const doc = await stored(id)
    expect(doc.teamName).toBe('Renamed Team')
    expect(doc.status).toBe('pending')
    expect(doc.leader).toBe(leader.user.id)
    expect(doc.code).toMatch(/^UIUX-/)
    expect(doc.feeDue).toBe(75000)
    expect(doc.reviewNote ?? null).toBeNull()
    expect(doc.reviewedBy ?? null).toBeNull()
  })

  it('saving a needs-revision registration sends it back to pending', async () => {
    const { id, leader } = await newTeam()
    await app.rest.patch(`/registrations/${id}`, {
      body: { reviewNote: 'Upload a clearer proof.', status: 'needs-revision' },
      token: committee.token,
    })
    const proof = await uploadAttachment(app, leader, 'clearer-proof.png')
    const response = await app.rest.patch(`/registrations/${id}`, { body: { paymentProof: proof }, token: leader.token })
    expect(response.status).toBe(200)
    const doc = await stored(id)
    expect(doc.status).toBe('pending')
    expect(doc.paymentProof).toBe(proof)
  })

  it('cannot edit once verified (403), but can still withdraw', async () => {
    const { id, leader } = await newTeam()
    await app.rest.patch(`/registrations/${id}`, { body: { status: 'verified' }, token: committee.token })
    const edit = await app.rest.patch(`/registrations/${id}`, { body: { teamName: 'Too Late' }, token: leader.token })
    expect(edit.status).toBe(403)
    expect(errorMessages(edit.body).join('\n')).toMatch(/only be changed while the registration is pending or needs revision/)
    expect((await stored(id)).teamName).not.toBe('Too Late')
    const withdraw = await app.rest.patch(`/registrations/${id}`, { body: { status: 'withdrawn' }, token: leader.token })
    expect(withdraw.status).toBe(200)
    expect((await stored(id)).status).toBe('withdrawn')
  })

  it("another participant cannot change or withdraw someone else's team (REST and GraphQL)", async () => {
    const { id } = await newTeam()
    const stranger = await app.createUser('participant')
    expect([403, 404]).toContain(
      (await app.rest.patch(`/registrations/${id}`, { body: { status: 'withdrawn' }, token: stranger.token })).status,
    )
    const gql = await app.graphql(
      `mutation ($id: String!) { updateRegistration(id: $id, data: { teamName: "Hijacked" }) { id } }`,
      { id },
      stranger.token,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const doc = await stored(id)
    expect(doc.status).toBe('pending')
    expect(doc.teamName).not.toBe('Hijacked')
  })

  it('the edited team must still fit the team size', async () => {
    const pairs = await publishCompetition(app, committee, { teamSize: { max: 3, min: 2 } })
    const leader = await app.createUser('participant')
    const created = await register(app, leader, pairs, { members: 2 })
    const id = created.body.doc.id as string
    const response = await app.rest.patch(`/registrations/${id}`, {
      body: { members: [{ email: leader.user.email, name: 'Solo', studentCard: await uploadAttachment(app, leader), studentId: '1' }] },
      token: leader.token,
    })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/members: A team has 2 to 3 members \(the leader included\); this one has 1/)
    expect((await stored(id)).members).toHaveLength(2)
  })
})
