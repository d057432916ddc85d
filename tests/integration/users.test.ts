import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, SERVER_URL, startApp, type TestApp, type TestUser } from '../helpers/app'

let app: TestApp
let admin: TestUser
let committee: TestUser
let judge: TestUser
let participant: TestUser
let otherParticipant: TestUser

beforeAll(async () => {
  app = await startApp()
  admin = await app.createUser('admin')
  committee = await app.createUser('committee')
  judge = await app.createUser('judge')
  participant = await app.createUser('participant')
  otherParticipant = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
})

const tokenFrom = (link: string): string => new URL(link).searchParams.get('token') ?? ''
const linkIn = (text: string, pagePath: string): string => {
  const match = new RegExp(`${SERVER_URL}${pagePath}\\?token=[^\\s)"<]+`).exec(text)
  if (!match) throw new Error(`no ${pagePath} link in: ${text}`)
  return match[0]
}

describe('sign-up', () => {
  it('makes a participant whatever role the body asks for, and stores no role from the body', async () => {
    const response = await app.rest.post('/users', {
      body: { email: 'Sneaky@Example.test', name: 'Sneaky', password: 'correct-horse-1', role: 'admin' },
    })
    expect(response.status).toBe(201)
    const stored = await app.payload.find({ collection: 'users', where: { email: { equals: 'sneaky@example.test' } } })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0].role).toBe('participant')
    expect(stored.docs[0]._verified).toBeFalsy()
  })

  it('refuses a sign-up without a name with a 400 naming the field, and stores nothing', async () => {
    const response = await app.rest.post('/users', { body: { email: 'noname@example.test', password: 'correct-horse-1' } })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join(' ')).toMatch(/name/i)
    const stored = await app.payload.count({ collection: 'users', where: { email: { equals: 'noname@example.test' } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('sends a verification email; login is refused until the link is used, then works', async () => {
    const email = 'new-participant@example.test'
    const password = 'correct-horse-2'
    expect((await app.rest.post('/users', { body: { email, name: 'Nadia', password } })).status).toBe(201)

    const mail = await app.mailbox.waitFor(email, (m) => /verify/i.test(m.subject))
    expect(mail.html).toContain('Nadia')
    // A plain-text part carries the same link.
    const link = linkIn(mail.text, '/verify-email')
    expect(linkIn(mail.html.replace(/&amp;/g, '&'), '/verify-email')).toBe(link)

    const refused = await app.rest.post('/users/login', { body: { email, password } })
    expect(refused.status).toBe(403)
    expect(refused.body.token).toBeUndefined()

    expect((await app.rest.post(`/users/verify/${tokenFrom(link)}`)).status).toBe(200)
    const accepted = await app.rest.post('/users/login', { body: { email, password } })
    expect(accepted.status).toBe(200)
    expect(accepted.body.token).toEqual(expect.any(String))
    expect(accepted.body.user.role).toBe('participant')
  })

  it('refuses a verification token that does not exist', async () => {
    const response = await app.rest.post('/users/verify/not-a-real-token')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

describe('lockout and unlock', () => {
  it('locks an account after five failed logins; a participant cannot unlock it, an admin can', async () => {
    const victim = await app.createUser('participant')
    const email = victim.user.email
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await app.rest.post('/users/login', { body: { email, password: 'wrong-password' } })
      expect(wrong.status).toBe(401)
    }
    const locked = await app.rest.post('/users/login', { body: { email, password: victim.password } })
    expect(locked.status).toBe(401)
    expect(errorMessages(locked.body).join(' ')).toMatch(/locked/i)

    const byParticipant = await app.rest.post('/users/unlock', { body: { email }, token: participant.token })
    expect(byParticipant.status).toBe(403)
    const byCommittee = await app.rest.post('/users/unlock', { body: { email }, token: committee.token })
    expect(byCommittee.status).toBe(403)
    expect((await app.rest.post('/users/login', { body: { email, password: victim.password } })).status).toBe(401)

    const byAdmin = await app.rest.post('/users/unlock', { body: { email }, token: admin.token })
    expect(byAdmin.status).toBe(200)
    expect((await app.rest.post('/users/login', { body: { email, password: victim.password } })).status).toBe(200)
  })
})

describe('forgot password', () => {
  it('emails a reset link to /reset-password that sets a new password', async () => {
    const someone = await app.createUser('participant')
    const email = someone.user.email
    expect((await app.rest.post('/users/forgot-password', { body: { email } })).status).toBe(200)
    const mail = await app.mailbox.waitFor(email, (m) => /reset/i.test(m.subject))
    const link = linkIn(mail.text, '/reset-password')

    const reset = await app.rest.post('/users/reset-password', { body: { password: 'brand-new-pass-9', token: tokenFrom(link) } })
    expect(reset.status).toBe(200)
    expect((await app.rest.post('/users/login', { body: { email, password: someone.password } })).status).toBe(401)
    expect((await app.rest.post('/users/login', { body: { email, password: 'brand-new-pass-9' } })).status).toBe(200)
  })
})

describe('who may enter /admin', () => {
  it.each([
    ['participant', false],
    ['judge', true],
    ['committee', true],
    ['admin', true],
  ] as const)('%s: canAccessAdmin is %s', async (role, allowed) => {
    const token = { admin, committee, judge, participant }[role].token
    const response = await app.rest.get('/access', { token })
    expect(response.status).toBe(200)
    // Payload leaves the flag out when it is false; the admin panel reads it the same way.
    expect(Boolean(response.body.canAccessAdmin)).toBe(allowed)
  })
})

describe('reading users', () => {
  it('a participant reads only themselves through REST, by id and by where', async () => {
    const list = await app.rest.get('/users?limit=100', { token: participant.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((u: { id: string }) => u.id)).toEqual([participant.user.id])

    const other = await app.rest.get(`/users/${otherParticipant.user.id}`, { token: participant.token })
    expect(other.status).toBe(404)
    expect(JSON.stringify(other.body)).not.toContain(otherParticipant.user.email)

    const where = await app.rest.get(`/users?where[email][equals]=${encodeURIComponent(otherParticipant.user.email)}`, {
      token: participant.token,
    })
    expect(where.body.docs).toEqual([])
  })

  it('a participant reads only themselves through GraphQL', async () => {
    const list = await app.graphql<{ Users: { docs: { email: string }[] } }>(
      `{ Users(limit: 100) { docs { email } } }`,
      {},
      participant.token,
    )
    expect(list.body.data?.Users.docs.map((u) => u.email)).toEqual([participant.user.email])

    const other = await app.graphql(`query ($id: String!) { User(id: $id) { email } }`, { id: otherParticipant.user.id }, participant.token)
    expect(other.body.data?.User ?? null).toBeNull()
    expect(JSON.stringify(other.body)).not.toContain(otherParticipant.user.email)
  })

  it('anonymous reads no users', async () => {
    const list = await app.rest.get('/users')
    expect(list.status).toBe(403)
    const gql = await app.graphql(`{ Users { docs { email } } }`)
    expect(gql.body.data?.Users ?? null).toBeNull()
    expect(JSON.stringify(gql.body)).not.toContain('@example.test')
  })

  it('committee reads every user; a judge reads only themselves', async () => {
    const byCommittee = await app.rest.get('/users?limit=100', { token: committee.token })
    const ids = byCommittee.body.docs.map((u: { id: string }) => u.id)
    expect(ids).toEqual(expect.arrayContaining([participant.user.id, otherParticipant.user.id, admin.user.id]))

    const byJudge = await app.rest.get('/users?limit=100', { token: judge.token })
    expect(byJudge.body.docs.map((u: { id: string }) => u.id)).toEqual([judge.user.id])
  })
})

describe('changing users', () => {
  it('a participant updates their own profile but not their role', async () => {
    const response = await app.rest.patch(`/users/${participant.user.id}`, {
      body: { institution: 'Universitas Gadjah Mada', role: 'admin' },
      token: participant.token,
    })
    expect(response.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'users', id: participant.user.id })
    expect(stored.institution).toBe('Universitas Gadjah Mada')
    expect(stored.role).toBe('participant')
  })

  it('a participant cannot change another user, through REST or GraphQL', async () => {
    const response = await app.rest.patch(`/users/${otherParticipant.user.id}`, {
      body: { name: 'Hijacked' },
      token: participant.token,
    })
    expect([403, 404]).toContain(response.status)
    const gql = await app.graphql(
      `mutation ($id: String!) { updateUser(id: $id, data: { name: "Hijacked" }) { name } }`,
      { id: otherParticipant.user.id },
      participant.token,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const stored = await app.payload.findByID({ collection: 'users', id: otherParticipant.user.id })
    expect(stored.name).not.toBe('Hijacked')
  })

  it('committee cannot change roles or delete users; an admin can do both', async () => {
    const target = await app.createUser('participant')
    // The committee may change a person's institution (item 6), so it reaches the account; a
    // role in its body is dropped, as it is from a participant's.
    const byCommittee = await app.rest.patch(`/users/${target.user.id}`, { body: { role: 'judge' }, token: committee.token })
    expect(byCommittee.status).toBe(200)
    expect(byCommittee.body.doc.role).toBe('participant')
    expect((await app.payload.findByID({ collection: 'users', id: target.user.id })).role).toBe('participant')

    const promote = await app.rest.patch(`/users/${target.user.id}`, { body: { role: 'judge' }, token: admin.token })
    expect(promote.status).toBe(200)
    expect((await app.payload.findByID({ collection: 'users', id: target.user.id })).role).toBe('judge')

    expect((await app.rest.delete(`/users/${target.user.id}`, { token: committee.token })).status).toBe(403)
    expect((await app.rest.delete(`/users/${target.user.id}`, { token: participant.token })).status).toBe(403)
    expect((await app.rest.delete(`/users/${target.user.id}`, { token: admin.token })).status).toBe(200)
    expect((await app.payload.count({ collection: 'users', where: { id: { equals: target.user.id } } })).totalDocs).toBe(0)
  })

  it('a participant cannot delete their own account', async () => {
    expect((await app.rest.delete(`/users/${participant.user.id}`, { token: participant.token })).status).toBe(403)
  })
})
