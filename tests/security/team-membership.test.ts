import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { acceptInvitation, isInvitation, joinTeam, latestInvitationToken } from '../helpers/invitations'
import { openStage, uploadSubmissionFile } from '../helpers/judging'
import { publishCompetition, register } from '../helpers/registrations'

/**
 * Issue 8 item 1. The review's attack: a participant changed their own email to that of a
 * member who had no account yet and became that team (listed its submission, replaced its
 * text), because team access matched member emails to accounts. Membership is now proven by
 * accepting an emailed invitation with a verified account; these tests hold it so.
 */

let app: TestApp
let committee: TestUser
let admin: TestUser
let judge: TestUser
let competition: { id: string }

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  admin = await app.createUser('admin')
  judge = await app.createUser('judge')
  competition = await publishCompetition(app, committee, {
    fee: 0,
    judges: [judge.user.id],
    quota: 100,
    stages: [openStage({ submissionKinds: ['text', 'link'] })] as never,
  })
})

afterAll(async () => {
  await app?.close()
})

const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex')

/** A team of `members` (leader included), registered by a new leader; verified unless told otherwise. */
const team = async (options: { members?: number; verified?: boolean } = {}) => {
  const leader = await app.createUser('participant')
  const created = await register(app, leader, competition, { members: options.members ?? 2 })
  if (created.status !== 201) throw new Error(`register: ${created.status} ${JSON.stringify(created.body)}`)
  const registrationId = created.body.doc.id as string
  if (options.verified !== false) {
    const verified = await app.rest.patch(`/registrations/${registrationId}`, { body: { status: 'verified' }, token: committee.token })
    if (verified.status !== 200) throw new Error(`verify: ${verified.status}`)
  }
  const members = created.body.doc.members as { email: string; id: string; name: string }[]
  return { leader, members, registrationId }
}

const submitText = (user: TestUser, registration: string, text: string) =>
  app.rest.post('/submissions', { body: { registration, stage: 'preliminary', text }, token: user.token })

/** Everything the team's work is reachable by, asked as `user`: nothing of it may come back. */
const expectNoTeamAccess = async (user: TestUser, registrationId: string, submissionId: string) => {
  expect([403, 404]).toContain((await app.rest.get(`/submissions/${submissionId}`, { token: user.token })).status)
  const list = await app.rest.get(`/submissions?where[registration][equals]=${registrationId}`, { token: user.token })
  expect(list.body.docs ?? []).toEqual([])
  const versions = await app.rest.get(`/submissions/versions?where[parent][equals]=${submissionId}`, { token: user.token })
  expect(versions.body.docs ?? []).toEqual([])
  const gql = await app.graphql(`{ Submissions { docs { id text } } versionsSubmissions { docs { id } } }`, {}, user.token)
  expect(gql.body.data?.Submissions?.docs ?? []).toEqual([])
  expect(gql.body.data?.versionsSubmissions?.docs ?? []).toEqual([])
  expect((await app.rest.get(`/registrations/${registrationId}`, { token: user.token })).status).toBe(404)

  const replaced = await app.rest.patch(`/submissions/${submissionId}`, { body: { text: 'hijacked' }, token: user.token })
  expect([403, 404]).toContain(replaced.status)
  const gqlReplace = await app.graphql(
    `mutation ($id: String!) { updateSubmission(id: $id, data: { text: "hijacked" }) { id } }`,
    { id: submissionId },
    user.token,
  )
  expect(gqlReplace.body.errors?.length).toBeGreaterThan(0)
  const created = await submitText(user, registrationId, 'hijacked')
  expect([403, 409]).toContain(created.status)
  expect((await app.payload.findByID({ collection: 'submissions', id: submissionId })).text).not.toBe('hijacked')
}

describe('the attack from the review', () => {
  it("an account that PATCHes its email to a member's is refused, and never reaches the team's work", async () => {
    const { leader, members, registrationId } = await team()
    const attacker = await app.createUser('participant')
    const patched = await app.rest.patch(`/users/${attacker.user.id}`, { body: { email: members[1].email }, token: attacker.token })
    expect(patched.status).toBe(403)
    expect(errorMessages(patched.body).join(' ')).toMatch(/change-email/)
    expect((await app.payload.findByID({ collection: 'users', id: attacker.user.id })).email).toBe(attacker.user.email)
    expect((await app.rest.post('/users/login', { body: { email: members[1].email, password: attacker.password } })).status).toBe(401)

    const work = await submitText(leader, registrationId, 'Our essay')
    expect(work.status, JSON.stringify(work.body)).toBe(201)

    await expectNoTeamAccess(attacker, registrationId, work.body.doc.id)
  })

  it("an account that holds a member's email (signed up before the member did) is not on the team until it accepts", async () => {
    const { leader, members, registrationId } = await team()
    // The address is theirs (verified) before the team submits, but nobody has accepted the
    // invitation: no access, whatever the team does afterwards.
    const holder = await app.createUser('participant', { email: members[1].email })
    const work = await submitText(leader, registrationId, 'Our essay')
    expect(work.status).toBe(201)
    await expectNoTeamAccess(holder, registrationId, work.body.doc.id)

    // A sign-up that never verifies the address cannot even log in to try.
    const { members: others } = await team()
    expect(
      (await app.rest.post('/users', { body: { email: others[1].email, name: 'Squatter', password: 'squatter-pass-1' } })).status,
    ).toBe(201)
    expect((await app.rest.post('/users/login', { body: { email: others[1].email, password: 'squatter-pass-1' } })).status).toBe(403)
  })

  it('the invitation token alone is not enough: another verified account gets 403 naming the invited address, masked', async () => {
    const { members, registrationId } = await team()
    const token = await latestInvitationToken(app, members[1].email)
    const stranger = await app.createUser('participant')
    const refused = await acceptInvitation(app, token, stranger)
    expect(refused.status).toBe(403)
    const message = errorMessages(refused.body).join(' ')
    expect(message).toContain(`${members[1].email.slice(0, 2)}***@example.test`)
    expect(message).not.toContain(members[1].email)
    expect((await app.rest.get(`/registrations/${registrationId}`, { token: stranger.token })).status).toBe(404)
    expect((await acceptInvitation(app, token)).status).toBe(401)
    // Staff accounts never join teams, even with the right address.
    const staff = await app.createUser('judge', { email: `judge-${members[1].email}` })
    expect((await acceptInvitation(app, token, staff)).status).toBe(403)
  })
})

describe('invitations', () => {
  it('are emailed to every member but the leader when a team registers; only a hash of the token is stored', async () => {
    const { leader, members, registrationId } = await team({ members: 3, verified: false })
    const tokens = [await latestInvitationToken(app, members[1].email), await latestInvitationToken(app, members[2].email)]
    await app.mailbox.waitFor(leader.user.email, (mail) => /Registration received/.test(mail.subject))
    expect(app.mailbox.for(leader.user.email).filter(isInvitation)).toEqual([])

    const stored = await app.payload.find({
      collection: 'invitations',
      showHiddenFields: true,
      where: { registration: { equals: registrationId } },
    })
    expect(stored.docs.map((doc) => doc.email).sort()).toEqual([members[1].email, members[2].email].sort())
    for (const doc of stored.docs) {
      expect(tokens.map(sha256)).toContain(doc.tokenHash)
      expect(tokens).not.toContain(doc.tokenHash)
      expect(new Date(doc.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000)
    }
  })

  it('accepting: a string token is required, an unknown one is 404, a used or expired one 410', async () => {
    const { members } = await team({ members: 3 })
    const member = await app.createUser('participant', { email: members[1].email })
    for (const token of [undefined, 42, ['x'], { $ne: '' }, '']) {
      const response = await acceptInvitation(app, token, member)
      expect(response.status).toBe(400)
      expect(errorMessages(response.body).join(' ')).toMatch(/"token"/)
    }
    expect((await acceptInvitation(app, 'not-a-real-token', member)).status).toBe(404)

    const token = await latestInvitationToken(app, members[1].email)
    const accepted = await acceptInvitation(app, token, member)
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    const again = await acceptInvitation(app, token, member)
    expect(again.status).toBe(410)
    expect(errorMessages(again.body).join(' ')).toMatch(/already accepted/)

    const late = await app.createUser('participant', { email: members[2].email })
    const lateToken = await latestInvitationToken(app, members[2].email)
    await app.payload.update({
      collection: 'invitations',
      data: { expiresAt: new Date(Date.now() - 60_000).toISOString() },
      where: { email: { equals: members[2].email } },
    })
    const expired = await acceptInvitation(app, lateToken, late)
    expect(expired.status).toBe(410)
    expect(errorMessages(expired.body).join(' ')).toMatch(/expired .* resend/)
  })

  it("an accepted member submits, reads the team's submissions and their versions, and the registration read-only", async () => {
    const { leader, members, registrationId } = await team({ members: 3 })
    const member = await joinTeam(app, members[1].email)

    const work = await submitText(member, registrationId, 'By the member')
    expect(work.status, JSON.stringify(work.body)).toBe(201)
    const replaced = await app.rest.patch(`/submissions/${work.body.doc.id}`, {
      body: { text: 'Replaced by the leader' },
      token: leader.token,
    })
    expect(replaced.status).toBe(200)
    expect((await app.rest.get(`/submissions/${work.body.doc.id}`, { token: member.token })).body.text).toBe('Replaced by the leader')
    const versions = await app.rest.get(`/submissions/versions?where[parent][equals]=${work.body.doc.id}&sort=createdAt`, {
      token: member.token,
    })
    expect(versions.body.docs.map((version: any) => version.version.text)).toEqual(['By the member', 'Replaced by the leader'])
    const gql = await app.graphql(`{ Submissions { docs { id } } }`, {}, member.token)
    expect(gql.body.data?.Submissions.docs.map((doc: { id: string }) => doc.id)).toEqual([work.body.doc.id])

    // The registration: readable, without the leader's uploads of other people's cards; not editable.
    const read = await app.rest.get(`/registrations/${registrationId}`, { token: member.token })
    expect(read.status).toBe(200)
    expect(read.body.members.map((row: { email: string }) => row.email)).toEqual(members.map((row) => row.email))
    expect(read.body.members.every((row: Record<string, unknown>) => !('studentCard' in row))).toBe(true)
    expect(read.body.paymentProof).toBeUndefined()
    const leaderView = await app.rest.get(`/registrations/${registrationId}`, { token: leader.token })
    expect(leaderView.body.members[1].studentCard).toBeTruthy()
    const edit = await app.rest.patch(`/registrations/${registrationId}`, { body: { teamName: 'Taken over' }, token: member.token })
    expect([403, 404]).toContain(edit.status)
    expect((await app.payload.findByID({ collection: 'registrations', id: registrationId })).teamName).not.toBe('Taken over')

    // The member not yet accepted still sees nothing.
    const notYet = await app.createUser('participant', { email: members[2].email })
    await expectNoTeamAccess(notYet, registrationId, work.body.doc.id)

    // The binding is recorded, as itself (not also as the team's details changing).
    const events = await app.rest.get(`/audit-events?where[documentId][equals]=${registrationId}`, { token: committee.token })
    const joined = events.body.docs.filter((event: any) => event.action !== 'registration-created' && event.action !== 'status-changed')
    expect(joined.map((event: any) => [event.action, event.actor?.id ?? event.actor])).toEqual([['member-joined', member.user.id]])
  })

  it("the file a team submitted is readable by its accepted members only, never by an account that merely holds a member's email", async () => {
    const filesCompetition = await publishCompetition(app, committee, { fee: 0, judges: [judge.user.id], stages: [openStage()] as never })
    const leader = await app.createUser('participant')
    const created = await register(app, leader, filesCompetition, { members: 3 })
    const registrationId = created.body.doc.id as string
    await app.rest.patch(`/registrations/${registrationId}`, { body: { status: 'verified' }, token: committee.token })
    const [, accepted, holderRow] = created.body.doc.members as { email: string }[]
    const member = await joinTeam(app, accepted.email)
    const holder = await app.createUser('participant', { email: holderRow.email })

    const file = await uploadSubmissionFile(app, leader)
    const work = await app.rest.post('/submissions', {
      body: { file: file.id, registration: registrationId, stage: 'preliminary' },
      token: leader.token,
    })
    expect(work.status, JSON.stringify(work.body)).toBe(201)
    expect((await app.rest.get(`/attachments/${file.id}`, { token: member.token })).status).toBe(200)
    expect((await app.rest.get(`/attachments/file/${encodeURIComponent(file.filename)}`, { token: member.token })).status).toBe(200)
    expect([403, 404]).toContain((await app.rest.get(`/attachments/${file.id}`, { token: holder.token })).status)
    expect([403, 404]).toContain(
      (await app.rest.get(`/attachments/file/${encodeURIComponent(file.filename)}`, { token: holder.token })).status,
    )
  })

  it("adding a member or changing a member's email invites the new address, revokes the old link and unbinds the old account", async () => {
    const { leader, members, registrationId } = await team({ members: 2, verified: false })
    const first = await joinTeam(app, members[1].email)
    expect((await app.rest.get(`/registrations/${registrationId}`, { token: first.token })).status).toBe(200)

    const stored = await app.payload.findByID({ collection: 'registrations', id: registrationId })
    const rows = (stored.members ?? []).map((row) => ({
      ...row,
      studentCard: typeof row.studentCard === 'object' ? row.studentCard.id : row.studentCard,
      user: undefined,
    }))
    const edited = await app.rest.patch(`/registrations/${registrationId}`, {
      body: {
        members: [
          rows[0],
          { ...rows[1], email: 'replacement@example.test', name: 'Replacement' },
          { email: 'added@example.test', name: 'Added', studentCard: rows[0].studentCard, studentId: 'NIM-added' },
        ],
      },
      token: leader.token,
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    await latestInvitationToken(app, 'replacement@example.test')
    const addedToken = await latestInvitationToken(app, 'added@example.test')

    // The old account is off the team; nothing bound the new rows yet.
    expect((await app.rest.get(`/registrations/${registrationId}`, { token: first.token })).status).toBe(404)
    const after = await app.payload.findByID({ collection: 'registrations', id: registrationId, depth: 0 })
    expect(after.members?.map((row) => row.user ?? null)).toEqual([leader.user.id, null, null])

    // A member who had not accepted and whose email changes loses the link.
    const rowsNow = (after.members ?? []).map((row) => ({ ...row, user: undefined }))
    const renamed = await app.rest.patch(`/registrations/${registrationId}`, {
      body: { members: [rowsNow[0], rowsNow[1], { ...rowsNow[2], email: 'added-2@example.test' }] },
      token: leader.token,
    })
    expect(renamed.status).toBe(200)
    const added = await app.createUser('participant', { email: 'added@example.test' })
    expect((await acceptInvitation(app, addedToken, added)).status).toBe(410)
    await latestInvitationToken(app, 'added-2@example.test')
  })

  it("a committee edit of a verified team's member email unbinds that member from the team's submissions at once", async () => {
    const { leader, members, registrationId } = await team()
    const member = await joinTeam(app, members[1].email)
    const work = await submitText(leader, registrationId, 'Our essay')
    expect((await app.rest.get(`/submissions/${work.body.doc.id}`, { token: member.token })).status).toBe(200)

    const stored = await app.payload.findByID({ collection: 'registrations', id: registrationId, depth: 0 })
    const moved = await app.rest.patch(`/registrations/${registrationId}`, {
      body: {
        members: (stored.members ?? []).map((row, index) => ({ ...row, email: index === 1 ? 'someone-else@example.test' : row.email })),
      },
      token: committee.token,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    await expectNoTeamAccess(member, registrationId, work.body.doc.id)
  })

  it('resending: the leader only, once a minute per member; the new link replaces the old one', async () => {
    const { leader, members, registrationId } = await team({ members: 3, verified: false })
    const oldToken = await latestInvitationToken(app, members[1].email)
    const accepted = await joinTeam(app, members[2].email)
    const outsider = await app.createUser('participant')
    const resend = (user: TestUser | undefined, member: unknown) =>
      app.rest.post(`/registrations/${registrationId}/invitations/resend`, { body: { member }, token: user?.token })

    expect((await resend(undefined, members[1].id)).status).toBe(401)
    expect((await resend(outsider, members[1].id)).status).toBe(404)
    expect((await resend(accepted, members[1].id)).status).toBe(403)
    expect((await resend(leader, 7)).status).toBe(400)
    expect((await resend(leader, members[0].id)).status).toBe(400)
    expect((await resend(leader, members[2].id)).status).toBe(409)

    // The registration email just went out: too soon.
    const tooSoon = await resend(leader, members[1].id)
    expect(tooSoon.status).toBe(429)
    expect(errorMessages(tooSoon.body).join(' ')).toMatch(/wait \d+ seconds/)
    await app.payload.update({
      collection: 'invitations',
      data: { sentAt: new Date(Date.now() - 2 * 60_000).toISOString() },
      where: { email: { equals: members[1].email } },
    })
    const sent = await resend(leader, members[1].id)
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect((await resend(leader, members[1].id)).status).toBe(429)

    const newToken = await latestInvitationToken(app, members[1].email, 2)
    expect(newToken).not.toBe(oldToken)
    const member = await app.createUser('participant', { email: members[1].email })
    expect((await acceptInvitation(app, oldToken, member)).status).toBe(410)
    expect((await acceptInvitation(app, newToken, member)).status).toBe(200)
  })

  it('the dashboard lists pending invitations for a verified email, and the teams joined', async () => {
    const { members, registrationId } = await team({ members: 2, verified: false })
    const member = await app.createUser('participant', { email: members[1].email })
    const before = await app.rest.get('/invitations/mine', { token: member.token })
    expect(before.status).toBe(200)
    expect(before.body.invitations.map((invitation: any) => invitation.team.id)).toEqual([registrationId])
    expect(before.body.teams).toEqual([])
    expect(JSON.stringify(before.body)).not.toMatch(/tokenHash/)

    await acceptInvitation(app, await latestInvitationToken(app, members[1].email), member)
    const after = await app.rest.get('/invitations/mine', { token: member.token })
    expect(after.body.invitations).toEqual([])
    expect(after.body.teams.map((summary: any) => summary.id)).toEqual([registrationId])
    expect((await app.rest.get('/invitations/mine')).status).toBe(401)
  })

  it("through Payload's own API, invitations are read by the committee only and written by nobody", async () => {
    const { leader, registrationId } = await team({ verified: false })
    const participant = await app.createUser('participant')
    for (const user of [participant, leader, judge]) {
      expect((await app.rest.get('/invitations', { token: user.token })).status).toBe(403)
      const gql = await app.graphql(`{ Invitations { docs { email } } }`, {}, user.token)
      expect(gql.body.data?.Invitations ?? null).toBeNull()
    }
    const listed = await app.rest.get(`/invitations?where[registration][equals]=${registrationId}`, { token: committee.token })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.length).toBe(1)
    expect(listed.body.docs[0].tokenHash).toBeUndefined()

    const invitationId = listed.body.docs[0].id
    const body = {
      email: 'x@example.test',
      expiresAt: new Date().toISOString(),
      registration: registrationId,
      sentAt: new Date().toISOString(),
      tokenHash: 'x',
    }
    expect((await app.rest.post('/invitations', { body, token: admin.token })).status).toBe(403)
    expect(
      (await app.rest.patch(`/invitations/${invitationId}`, { body: { acceptedAt: new Date().toISOString() }, token: admin.token })).status,
    ).toBe(403)
    expect((await app.rest.delete(`/invitations/${invitationId}`, { token: admin.token })).status).toBe(403)
    const gql = await app.graphql(
      `mutation ($id: String!) { updateInvitation(id: $id, data: { email: "x@example.test" }) { id } }`,
      { id: invitationId },
      admin.token,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await app.payload.findByID({ collection: 'invitations', id: invitationId })).acceptedAt).toBeFalsy()
  })
})
