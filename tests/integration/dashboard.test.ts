import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asServerWrite } from '../../src/db/serverWrite'
import { dashboardReads } from '../../src/frontend/dashboardReads'
import { richText } from '../helpers/announcements'
import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { joinTeam } from '../helpers/invitations'
import { publishCompetition, registrationBody } from '../helpers/registrations'

/**
 * A participant's dashboard (src/frontend/dashboardReads.ts, what the page reads): their own
 * teams — led or joined — and the announcements of the audiences they are in, never another
 * team's registration nor an announcement meant for others. Access answers are shared within
 * one operation (access/oncePerOperation.ts); within one request, a read after a write sees it.
 */

let app: TestApp
let committee: TestUser
let judge: TestUser
let leader: TestUser
let member: TestUser
let pendingLeader: TestUser
let otherLeader: TestUser
let outsider: TestUser
let invitee: TestUser
let verifiedTeam: string
let pendingTeam: string
let otherTeam: string
let inviteeRow: { email: string; id: string }
let quietTitle: string

const announce = async (competition: string, title: string, audience: string) => {
  const response = await app.rest.post('/announcements', {
    body: { audience, body: richText(title), competition, title },
    token: committee.token,
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
}

const registerTeam = async (teamLeader: TestUser, competition: string, members = 1) => {
  const body = await registrationBody(app, teamLeader, { id: competition }, { members })
  const created = await app.rest.post('/registrations', { body, token: teamLeader.token })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { body, id: created.body.doc.id as string, members: created.body.doc.members as { email: string; id: string }[] }
}

const verify = async (id: string) =>
  expect((await app.rest.patch(`/registrations/${id}`, { body: { status: 'verified' }, token: committee.token })).status).toBe(200)

const dashboardOf = async (user: TestUser) => {
  const { announcements, registrations } = await dashboardReads(app.payload, user.user)
  return {
    announcements: announcements.map((announcement) => announcement.title).sort(),
    registrations: registrations.map((registration) => String(registration.id)).sort(),
  }
}

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  judge = await app.createUser('judge')
  const cup = (await publishCompetition(app, committee, { judges: [judge.user.id] })).id
  const open = (await publishCompetition(app, committee)).id
  // Judged, with no verified team yet: its judges' announcement names a competition of no team of theirs.
  const quiet = await publishCompetition(app, committee, { judges: [judge.user.id] })
  quietTitle = quiet.title

  // The cup: a verified team (leader and a member who accepted), a pending team, and a team of
  // three whose third member has an account but has not accepted yet.
  leader = await app.createUser('participant')
  const verified = await registerTeam(leader, cup, 2)
  verifiedTeam = verified.id
  member = await joinTeam(app, verified.body.members[1].email)
  await verify(verifiedTeam)
  pendingLeader = await app.createUser('participant')
  const pending = await registerTeam(pendingLeader, cup, 2)
  pendingTeam = pending.id
  invitee = await app.createUser('participant', { email: pending.body.members[1].email })
  inviteeRow = pending.members[1]
  // Another competition: a verified team.
  otherLeader = await app.createUser('participant')
  otherTeam = (await registerTeam(otherLeader, open)).id
  await verify(otherTeam)
  outsider = await app.createUser('participant')

  await announce(cup, 'Cup: verified teams', 'verified')
  await announce(cup, 'Cup: registered teams', 'registered')
  await announce(cup, 'Cup: everyone', 'public')
  await announce(cup, 'Cup: judges', 'judges')
  await announce(open, 'Open: verified teams', 'verified')
  await announce(open, 'Open: everyone', 'public')
  await announce(quiet.id, 'Quiet: judges', 'judges')
})

afterAll(async () => {
  await app?.close()
})

describe("a participant's dashboard", () => {
  it('shows the team they lead or joined, and the announcements of their audiences', async () => {
    const expected = {
      announcements: ['Cup: everyone', 'Cup: registered teams', 'Cup: verified teams'],
      registrations: [verifiedTeam],
    }
    expect(await dashboardOf(leader)).toEqual(expected)
    expect(await dashboardOf(member)).toEqual(expected)
  })

  it("never shows another team's registration nor an announcement for an audience they are not in", async () => {
    expect(await dashboardOf(pendingLeader)).toEqual({
      announcements: ['Cup: everyone', 'Cup: registered teams'],
      registrations: [pendingTeam],
    })
    expect(await dashboardOf(otherLeader)).toEqual({
      announcements: ['Open: everyone', 'Open: verified teams'],
      registrations: [otherTeam],
    })
    // Invited but not accepted: not on the team yet, so neither its registration nor its audiences.
    expect(await dashboardOf(invitee)).toEqual({ announcements: [], registrations: [] })
    expect(await dashboardOf(outsider)).toEqual({ announcements: [], registrations: [] })
  })

  it("shows a judge the judges' announcements, and no team's", async () => {
    const { announcements } = await dashboardOf(judge)
    expect(announcements).toContain('Cup: judges')
    expect(announcements).toContain('Quiet: judges')
    for (const title of ['Cup: verified teams', 'Cup: registered teams', 'Open: verified teams', 'Open: everyone']) {
      expect(announcements).not.toContain(title)
    }
    const quiet = (await dashboardReads(app.payload, judge.user)).announcements.find(
      (announcement) => announcement.title === 'Quiet: judges',
    )
    expect(quiet?.competition?.title).toBe(quietTitle)
  })
})

describe('access answers within one request', () => {
  it('a read after a write in the same request sees the write: a member bound, then a team verified', async () => {
    const req = await createLocalReq({ user: { ...invitee.user, collection: 'users' } }, app.payload)
    const readAs = async () => ({
      announcements: (
        await app.payload.find({
          collection: 'announcements',
          depth: 0,
          overrideAccess: false,
          req,
          where: { audience: { not_equals: 'public' } },
        })
      ).docs
        .map((doc) => doc.title)
        .sort(),
      registrations: (
        await app.payload.find({ collection: 'registrations', depth: 0, overrideAccess: false, req, sort: '-createdAt' })
      ).docs.map((doc) => String(doc.id)),
    })
    expect(await readAs()).toEqual({ announcements: [], registrations: [] })

    // The invitee's account is bound to their member row (as accepting the invitation does), in this request.
    const registration = await app.payload.findByID({ collection: 'registrations', depth: 0, id: pendingTeam })
    const members = (registration.members ?? []).map((row) => (row.id === inviteeRow.id ? { ...row, user: invitee.user.id } : row))
    await asServerWrite(
      req,
      () => app.payload.update({ collection: 'registrations', data: { members }, id: pendingTeam, overrideAccess: true, req }),
      'member-binding',
    )
    expect(await readAs()).toEqual({ announcements: ['Cup: registered teams'], registrations: [pendingTeam] })

    await asServerWrite(req, () =>
      app.payload.update({ collection: 'registrations', data: { status: 'verified' }, id: pendingTeam, overrideAccess: true, req }),
    )
    expect(await readAs()).toEqual({ announcements: ['Cup: registered teams', 'Cup: verified teams'], registrations: [pendingTeam] })
  })
})
