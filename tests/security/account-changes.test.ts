import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, SERVER_URL, startApp, type TestApp, type TestUser } from '../helpers/app'
import { joinTeam } from '../helpers/invitations'
import { verifiedTeam } from '../helpers/judging'
import { publishCompetition, register } from '../helpers/registrations'

/**
 * Issue 8 items 1 and 6: an account's email changes only through a link sent to the new address,
 * its password only with the current one, a judge's (or a verified team member's) institution
 * only by the committee; email and institution changes are recorded in audit-events, which no
 * API can write.
 */

let app: TestApp
let admin: TestUser
let committee: TestUser
let judge: TestUser

beforeAll(async () => {
  app = await startApp()
  admin = await app.createUser('admin')
  committee = await app.createUser('committee')
  judge = await app.createUser('judge', { institution: 'Universitas Indonesia' })
})

afterAll(async () => {
  await app?.close()
})

const confirmationToken = async (to: string): Promise<string> => {
  const mail = await app.mailbox.waitFor(to, (m) => /Confirm your new ContestKit email/.test(m.subject))
  const match = new RegExp(`${SERVER_URL}/(id|en)/confirm-email/([A-Za-z0-9_-]+)`).exec(mail.text)
  if (!match) throw new Error(`no confirmation link in: ${mail.text}`)
  return match[2]
}

const auditEvents = async (documentId: string, action: string) =>
  (
    await app.rest.get(`/audit-events?where[documentId][equals]=${documentId}&where[action][equals]=${action}&sort=createdAt`, {
      token: committee.token,
    })
  ).body.docs

const canLogIn = async (email: string, password: string) =>
  (await app.rest.post('/users/login', { body: { email, password } })).status === 200

describe('changing an email', () => {
  it("a plain PATCH of one's own email is refused with the way to do it, through REST and GraphQL", async () => {
    const someone = await app.createUser('participant')
    const patched = await app.rest.patch(`/users/${someone.user.id}`, { body: { email: 'elsewhere@example.test' }, token: someone.token })
    expect(patched.status).toBe(403)
    expect(errorMessages(patched.body).join(' ')).toMatch(/Change email.*new address/)
    const gql = await app.graphql(
      `mutation ($id: String!) { updateUser(id: $id, data: { email: "elsewhere@example.test" }) { email } }`,
      { id: someone.user.id },
      someone.token,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await app.payload.findByID({ collection: 'users', id: someone.user.id })).email).toBe(someone.user.email)
    // A judge's account, too.
    expect(
      (await app.rest.patch(`/users/${judge.user.id}`, { body: { email: 'judge-new@example.test' }, token: judge.token })).status,
    ).toBe(403)
  })

  it('needs the current password; the link goes to the new address; the old address works until it is opened', async () => {
    const someone = await app.createUser('participant')
    const oldEmail = someone.user.email
    const newEmail = `moved-${oldEmail}`
    const ask = (body: unknown, token?: string) => app.rest.post('/users/change-email', { body, token })

    expect((await ask({ currentPassword: someone.password, newEmail })).status).toBe(401)
    for (const body of [{}, { newEmail }, { currentPassword: someone.password, newEmail: 42 }, { currentPassword: ['x'], newEmail }]) {
      expect((await ask(body, someone.token)).status).toBe(400)
    }
    expect((await ask({ currentPassword: someone.password, newEmail: 'not an email' }, someone.token)).status).toBe(400)
    const wrong = await ask({ currentPassword: 'wrong-password', newEmail }, someone.token)
    expect(wrong.status).toBe(403)
    expect(errorMessages(wrong.body).join(' ')).toMatch(/current password is not correct/)
    expect((await ask({ currentPassword: someone.password, newEmail: admin.user.email }, someone.token)).status).toBe(409)

    const asked = await ask({ currentPassword: someone.password, newEmail: newEmail.toUpperCase() }, someone.token)
    expect(asked.status, JSON.stringify(asked.body)).toBe(202)
    const token = await confirmationToken(newEmail)
    await app.mailbox.waitFor(oldEmail, (m) => /about to change/.test(m.subject))
    // Nothing changed yet; the token is stored only as a hash, and never shown.
    expect(await canLogIn(oldEmail, someone.password)).toBe(true)
    expect(await canLogIn(newEmail, someone.password)).toBe(false)
    const me = await app.rest.get(`/users/${someone.user.id}`, { token: someone.token })
    expect(me.body.email).toBe(oldEmail)
    expect(me.body.pendingEmail).toBe(newEmail)
    expect(JSON.stringify(me.body)).not.toContain(token)
    expect(me.body.pendingEmailTokenHash).toBeUndefined()

    // Only the account that asked, logged in, confirms it.
    const confirm = (body: unknown, user?: TestUser) => app.rest.post('/users/confirm-email-change', { body, token: user?.token })
    expect((await confirm({ token })).status).toBe(401)
    expect((await confirm({ token }, await app.createUser('participant'))).status).toBe(404)
    expect((await confirm({ token: 5 }, someone)).status).toBe(400)
    const confirmed = await confirm({ token }, someone)
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    expect(await canLogIn(newEmail, someone.password)).toBe(true)
    expect(await canLogIn(oldEmail, someone.password)).toBe(false)
    expect((await confirm({ token }, someone)).status).toBe(404)

    const events = await auditEvents(someone.user.id, 'email-changed')
    expect(events.map((event: any) => [event.before.email, event.after.email, event.actor?.id ?? event.actor])).toEqual([
      [oldEmail, newEmail, someone.user.id],
    ])
  })

  it('an expired confirmation link is refused and changes nothing', async () => {
    const someone = await app.createUser('participant')
    const newEmail = `late-${someone.user.email}`
    expect(
      (await app.rest.post('/users/change-email', { body: { currentPassword: someone.password, newEmail }, token: someone.token })).status,
    ).toBe(202)
    const token = await confirmationToken(newEmail)
    await app.payload.update({
      collection: 'users',
      data: { pendingEmailExpiresAt: new Date(Date.now() - 1000).toISOString() },
      id: someone.user.id,
    })
    expect((await app.rest.post('/users/confirm-email-change', { body: { token }, token: someone.token })).status).toBe(410)
    expect((await app.payload.findByID({ collection: 'users', id: someone.user.id })).email).toBe(someone.user.email)
  })

  it("an admin may change a user's email directly, and it is recorded with the admin as actor", async () => {
    const someone = await app.createUser('participant')
    const changed = await app.rest.patch(`/users/${someone.user.id}`, {
      body: { email: `fixed-${someone.user.email}` },
      token: admin.token,
    })
    expect(changed.status).toBe(200)
    const events = await auditEvents(someone.user.id, 'email-changed')
    expect(events.map((event: any) => [event.before.email, event.after.email, event.actor?.id ?? event.actor])).toEqual([
      [someone.user.email, `fixed-${someone.user.email}`, admin.user.id],
    ])
    // The committee may not.
    expect(
      (await app.rest.patch(`/users/${someone.user.id}`, { body: { email: 'other@example.test' }, token: committee.token })).status,
    ).toBe(403)
  })
})

describe('changing a password through PATCH', () => {
  it('needs the current password', async () => {
    const someone = await app.createUser('participant')
    const patch = (body: unknown) => app.rest.patch(`/users/${someone.user.id}`, { body, token: someone.token })
    const missing = await patch({ password: 'a-new-password-1' })
    expect(missing.status).toBe(400)
    expect(errorMessages(missing.body).join(' ')).toMatch(/currentPassword/)
    expect((await patch({ currentPassword: 'wrong-one', password: 'a-new-password-1' })).status).toBe(403)
    expect(await canLogIn(someone.user.email, someone.password)).toBe(true)

    expect((await patch({ currentPassword: someone.password, password: 'a-new-password-1' })).status).toBe(200)
    expect(await canLogIn(someone.user.email, 'a-new-password-1')).toBe(true)
    expect(await canLogIn(someone.user.email, someone.password)).toBe(false)
    const stored = await app.payload.db.findOne<Record<string, unknown> & { id: string }>({
      collection: 'users',
      where: { id: { equals: someone.user.id } },
    })
    expect(stored && 'currentPassword' in stored).toBe(false)
  })

  it("the committee cannot set another person's password, name or email; only their institution", async () => {
    const someone = await app.createUser('participant')
    for (const body of [{ password: 'taken-over-1' }, { name: 'Renamed' }, { phone: '0800' }]) {
      expect((await app.rest.patch(`/users/${someone.user.id}`, { body, token: committee.token })).status).toBe(403)
    }
    expect(await canLogIn(someone.user.email, someone.password)).toBe(true)
  })
})

describe('institutions (item 6)', () => {
  it('a judge cannot change their own institution (REST or GraphQL); the committee can, and it is recorded', async () => {
    const refused = await app.rest.patch(`/users/${judge.user.id}`, { body: { institution: 'Elsewhere' }, token: judge.token })
    expect(refused.status).toBe(403)
    expect(errorMessages(refused.body).join(' ')).toMatch(/only the committee/)
    const gql = await app.graphql(
      `mutation ($id: String!) { updateUser(id: $id, data: { institution: "Elsewhere" }) { institution } }`,
      { id: judge.user.id },
      judge.token,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await app.payload.findByID({ collection: 'users', id: judge.user.id })).institution).toBe('Universitas Indonesia')
    // Other fields of their own, a judge still changes.
    expect((await app.rest.patch(`/users/${judge.user.id}`, { body: { phone: '0812' }, token: judge.token })).status).toBe(200)

    const changed = await app.rest.patch(`/users/${judge.user.id}`, {
      body: { institution: 'Institut Teknologi Bandung' },
      token: committee.token,
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    const events = await auditEvents(judge.user.id, 'institution-changed')
    expect(events.map((event: any) => [event.before.institution, event.after.institution, event.actor?.id ?? event.actor])).toEqual([
      ['Universitas Indonesia', 'Institut Teknologi Bandung', committee.user.id],
    ])
  })

  it('a participant on a verified team (leader or accepted member) cannot change theirs; one without a verified team can, recorded', async () => {
    const competition = await publishCompetition(app, committee, { fee: 0 })
    const { leader, registrationId } = await verifiedTeam(app, committee, competition)
    const registration = await app.payload.findByID({ collection: 'registrations', id: registrationId })
    const member = await joinTeam(app, registration.members?.[1]?.email as string)
    for (const user of [leader, member]) {
      const refused = await app.rest.patch(`/users/${user.user.id}`, { body: { institution: 'Somewhere easier' }, token: user.token })
      expect(refused.status).toBe(403)
      expect(errorMessages(refused.body).join(' ')).toMatch(/verified team.*committee/)
    }

    const pendingLeader = await app.createUser('participant', { institution: 'Universitas A' })
    expect((await register(app, pendingLeader, competition)).status).toBe(201)
    const free = await app.rest.patch(`/users/${pendingLeader.user.id}`, {
      body: { institution: 'Universitas B' },
      token: pendingLeader.token,
    })
    expect(free.status).toBe(200)
    const events = await auditEvents(pendingLeader.user.id, 'institution-changed')
    expect(events.map((event: any) => [event.before.institution, event.after.institution, event.actor?.id ?? event.actor])).toEqual([
      ['Universitas A', 'Universitas B', pendingLeader.user.id],
    ])
  })
})

describe('audit-events', () => {
  it('nobody writes them through the API, admins included; only the committee reads them', async () => {
    const someone = await app.createUser('participant')
    await app.rest.patch(`/users/${someone.user.id}`, { body: { institution: 'Recorded' }, token: someone.token })
    const [event] = await auditEvents(someone.user.id, 'institution-changed')
    expect(event).toBeTruthy()

    const body = { action: 'forged', collectionSlug: 'users', documentId: someone.user.id }
    expect((await app.rest.post('/audit-events', { body, token: admin.token })).status).toBe(403)
    expect((await app.rest.patch(`/audit-events/${event.id}`, { body: { action: 'forged' }, token: admin.token })).status).toBe(403)
    expect((await app.rest.delete(`/audit-events/${event.id}`, { token: admin.token })).status).toBe(403)
    const create = await app.graphql(
      `mutation { createAuditEvent(data: { action: "forged", collectionSlug: "users", documentId: "1" }) { id } }`,
      {},
      admin.token,
    )
    expect(create.body.errors?.length).toBeGreaterThan(0)
    const update = await app.graphql(
      `mutation ($id: String!) { updateAuditEvent(id: $id, data: { action: "forged" }) { id } }`,
      { id: event.id },
      admin.token,
    )
    expect(update.body.errors?.length).toBeGreaterThan(0)
    const remove = await app.graphql(`mutation ($id: String!) { deleteAuditEvent(id: $id) { id } }`, { id: event.id }, admin.token)
    expect(remove.body.errors?.length).toBeGreaterThan(0)
    expect((await app.payload.count({ collection: 'audit-events', where: { action: { equals: 'forged' } } })).totalDocs).toBe(0)
    expect((await app.payload.findByID({ collection: 'audit-events', id: event.id })).action).toBe('institution-changed')

    for (const user of [someone, judge]) {
      expect((await app.rest.get('/audit-events', { token: user.token })).status).toBe(403)
      const gql = await app.graphql(`{ AuditEvents { docs { action } } }`, {}, user.token)
      expect(gql.body.data?.AuditEvents ?? null).toBeNull()
    }
    expect((await app.rest.get('/audit-events')).status).toBe(403)
    expect((await app.rest.get('/audit-events', { token: admin.token })).status).toBe(200)
  })
})
