import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'

/**
 * Issue 8 item 13: sign-up answered "A user with the given email is already registered", so
 * anyone could learn which addresses have accounts. A duplicate sign-up is now answered exactly
 * as a new one, nothing is created, and the owner is emailed instead.
 */
let app: TestApp
let owner: TestUser

const keysOf = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, keysOf(inner)]))
    : Array.isArray(value)
      ? 'array'
      : typeof value

beforeAll(async () => {
  app = await startApp()
  owner = await app.createUser('participant', { institution: 'Universitas Indonesia', name: 'Owner Person' })
})

afterAll(async () => {
  await app?.close()
})

const signUp = (email: string, password = 'attacker-password-1') =>
  app.rest.post('/users', { body: { email, institution: 'Somewhere', name: 'Attacker', password, phone: '0812' } })

describe('a sign-up with a registered email', () => {
  it('is answered exactly as a new sign-up: same status, same body shape, same message', async () => {
    const fresh = await signUp(`new-${Date.now()}@example.test`)
    const duplicate = await signUp(owner.user.email)
    expect(fresh.status).toBe(201)
    expect(duplicate.status).toBe(fresh.status)
    expect(keysOf(duplicate.body)).toEqual(keysOf(fresh.body))
    expect(Object.keys(duplicate.body.doc)).toEqual(Object.keys(fresh.body.doc))
    expect(duplicate.body.message).toBe(fresh.body.message)
    expect(duplicate.body.doc.email).toBe(owner.user.email)
    expect(duplicate.headers.get('content-type')).toBe(fresh.headers.get('content-type'))
    // Different case and spaces are the same address.
    const shouted = await signUp(`  ${owner.user.email.toUpperCase()} `)
    expect(shouted.status).toBe(201)
  })

  it('creates nothing, and the password sent does not work', async () => {
    const before = await app.payload.count({ collection: 'users', where: { email: { equals: owner.user.email } } })
    const duplicate = await signUp(owner.user.email, 'the-attackers-password')
    expect(duplicate.status).toBe(201)
    const after = await app.payload.count({ collection: 'users', where: { email: { equals: owner.user.email } } })
    expect(after.totalDocs).toBe(before.totalDocs)
    expect(after.totalDocs).toBe(1)
    const byId = await app.payload.find({ collection: 'users', where: { id: { equals: duplicate.body.doc.id } } })
    expect(byId.totalDocs).toBe(0)
    const attacker = await app.rest.post('/users/login', { body: { email: owner.user.email, password: 'the-attackers-password' } })
    expect(attacker.status).toBe(401)
    const ownerLogin = await app.rest.post('/users/login', { body: { email: owner.user.email, password: owner.password } })
    expect(ownerLogin.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'users', id: owner.user.id })
    expect(stored.name).toBe('Owner Person')
    expect(stored.institution).toBe('Universitas Indonesia')
  })

  it('emails the owner that someone tried to create an account with their address', async () => {
    await signUp(owner.user.email)
    const email = await app.mailbox.waitFor(owner.user.email, (message) => /tried to create/i.test(message.subject))
    expect(email.text).toMatch(/already have one, so nothing was created/)
    expect(email.text).toMatch(/forgot-password/)
  })

  it('an invalid body is refused the same way for a registered and a new email', async () => {
    const fresh = await app.rest.post('/users', { body: { email: `other-${Date.now()}@example.test`, password: 'x-long-password-1' } })
    const duplicate = await app.rest.post('/users', { body: { email: owner.user.email, password: 'x-long-password-1' } })
    expect(fresh.status).toBe(400)
    expect(duplicate.status).toBe(fresh.status)
    expect(duplicate.body).toEqual(fresh.body)
  })

  it('sign-up through GraphQL is refused for everyone but staff, so it cannot tell either', async () => {
    const mutation = `mutation ($email: String!) { createUser(data: { email: $email, name: "X", password: "a-long-password-1", role: participant }) { id } }`
    for (const email of [owner.user.email, `gql-${Date.now()}@example.test`]) {
      const result = await app.graphql(mutation, { email })
      expect(result.body.errors?.[0]?.message).toBe('Sign up on the website or through POST /api/users.')
    }
  })

  it('an admin creating an account with a taken email still gets the real error', async () => {
    const admin = await app.createUser('admin')
    const response = await app.rest.post('/users', {
      body: { email: owner.user.email, name: 'Copy', password: 'a-long-password-1', role: 'judge' },
      token: admin.token,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/already registered/)
  })
})
