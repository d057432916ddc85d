import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Competition, Ticket } from '../../src/payload-types'

import { CHECK_IN_TICKET_SUBJECT_PREFIX } from '../../src/email/checkInEmails'
import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { daysFromNow } from '../helpers/fixtures'
import { joinTeam } from '../helpers/invitations'
import { judgedCompetition, openStage, verifiedTeam } from '../helpers/judging'

let app: TestApp
let committee: TestUser
let otherCommittee: TestUser
let judge: TestUser
let competition: Competition
let leaderA: TestUser
let memberA: TestUser
let leaderB: TestUser
let leaderC: TestUser
let teamA: string
let teamB: string
let teamC: string

const finalStage = openStage({
  closesAt: daysFromNow(3),
  eligibility: 'advanced',
  key: 'final',
  name: 'Grand Final',
  onSite: true,
  opensAt: daysFromNow(2),
})

/** The tickets of a competition as the server holds them. */
const ticketsOf = async (competitionId: string) =>
  (
    await app.payload.find({
      collection: 'tickets',
      depth: 0,
      limit: 100,
      overrideAccess: true,
      where: { competition: { equals: competitionId } },
    })
  ).docs
const ticketOf = async (user: TestUser) =>
  (await ticketsOf(competition.id)).find((ticket) => String(ticket.user) === String(user.user.id)) as Ticket
const checkIn = (body: unknown, token?: string) => app.rest.post('/check-in', { body, token })
const idOfActor = (actor: { id: string } | string) => String(typeof actor === 'object' ? actor.id : actor)

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee', { name: 'Rina Panitia' })
  otherCommittee = await app.createUser('committee', { name: 'Sari Panitia' })
  judge = await app.createUser('judge')
  competition = await judgedCompetition(app, committee, [judge], [openStage(), finalStage])
  ;({ leader: leaderA, registrationId: teamA } = await verifiedTeam(app, committee, competition))
  ;({ leader: leaderB, registrationId: teamB } = await verifiedTeam(app, committee, competition))
  ;({ leader: leaderC, registrationId: teamC } = await verifiedTeam(app, committee, competition))
  const team = await app.rest.get(`/registrations/${teamA}`, { token: leaderA.token })
  memberA = await joinTeam(app, team.body.members[1].email)
  const advanced = await app.rest.post(`/competitions/${competition.id}/stages/preliminary/advance`, {
    body: { registrations: [teamA, teamB] },
    token: committee.token,
  })
  expect(advanced.status).toBe(200)
  // Three teams, an invitation accepted and an advance: minutes on a machine shared by many test runs.
}, 600_000)

afterAll(async () => {
  await app?.close()
})

describe('tickets', () => {
  it('every bound member of each team advanced into the on-site stage has one; a member who never joined and a team not advanced have none', async () => {
    const tickets = await ticketsOf(competition.id)
    const holders = tickets.map((ticket) => String(ticket.user)).sort()
    expect(holders).toEqual([leaderA, memberA, leaderB].map((each) => String(each.user.id)).sort())
    expect(tickets.every((ticket) => ticket.stage === 'final')).toBe(true)
    expect(tickets.some((ticket) => String(ticket.registration) === teamC)).toBe(false)
    expect(new Set(tickets.map((ticket) => ticket.code)).size).toBe(3)
    expect(leaderC).toBeDefined()
  })

  it('each holder is emailed their own code', async () => {
    for (const holder of [leaderA, memberA, leaderB]) {
      const email = await app.mailbox.waitFor(holder.user.email, (each) => each.subject.startsWith(CHECK_IN_TICKET_SUBJECT_PREFIX))
      expect(email.text).toContain((await ticketOf(holder)).code)
    }
  })

  it('a stage that is not on site gives none (advancing into it makes no ticket)', async () => {
    const other = await judgedCompetition(app, committee, [judge], [openStage(), { ...finalStage, onSite: false }])
    const { registrationId } = await verifiedTeam(app, committee, other)
    await app.rest.post(`/competitions/${other.id}/stages/preliminary/advance`, {
      body: { registrations: [registrationId] },
      token: committee.token,
    })
    expect(await ticketsOf(other.id)).toHaveLength(0)
  })

  it('syncing again makes no second ticket (advancing twice, saving the team again)', async () => {
    await app.rest.post(`/competitions/${competition.id}/stages/preliminary/advance`, {
      body: { registrations: [teamA] },
      token: committee.token,
    })
    await app.rest.patch(`/registrations/${teamA}`, { body: { institution: 'Universitas Indonesia' }, token: leaderA.token })
    expect(await ticketsOf(competition.id)).toHaveLength(3)
  })
})

describe('reading tickets', () => {
  it('a member reads only their own (REST list, by id, GraphQL)', async () => {
    const own = await ticketOf(leaderA)
    const list = await app.rest.get('/tickets', { token: leaderA.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((ticket: Ticket) => ticket.id)).toEqual([own.id])
    expect((await app.rest.get(`/tickets/${own.id}`, { token: leaderA.token })).body.code).toBe(own.code)
    const gql = await app.graphql<{ Tickets: { docs: { code: string }[] } }>(`{ Tickets { docs { code } } }`, {}, leaderA.token)
    expect(gql.body.data?.Tickets.docs.map((ticket) => ticket.code)).toEqual([own.code])
  })

  it("carries its competition's stages and its team's name when asked, as the dashboard asks (a populated competition is otherwise its name card)", async () => {
    const own = await ticketOf(leaderA)
    const asked = '&populate[competitions][title]=true&populate[competitions][stages]=true&populate[registrations][teamName]=true'
    const { body } = await app.rest.get(`/tickets?depth=1${asked}`, { token: leaderA.token })
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0].id).toBe(own.id)
    expect(body.docs[0].competition.stages.find((stage: { key: string }) => stage.key === own.stage)?.name).toBe('Grand Final')
    expect(body.docs[0].registration).toEqual({ id: teamA, teamName: expect.any(String) })
    const plain = (await app.rest.get(`/tickets/${own.id}?depth=1`, { token: leaderA.token })).body
    expect(plain.competition.stages).toBeUndefined()
    expect(plain.competition.title).toBe(body.docs[0].competition.title)
  })

  it("another team's member, a team-mate, a judge and anonymous visitors cannot read someone's ticket (REST, GraphQL)", async () => {
    const target = await ticketOf(leaderA)
    for (const token of [leaderB.token, memberA.token, leaderC.token, judge.token, undefined]) {
      expect([403, 404]).toContain((await app.rest.get(`/tickets/${target.id}`, { token })).status)
      const list = await app.rest.get('/tickets', { token })
      if (list.status === 200) expect(list.body.docs.map((ticket: Ticket) => ticket.code)).not.toContain(target.code)
      else expect(list.status).toBe(403)
      const gql = await app.graphql(`query ($id: String!) { Ticket(id: $id) { code } }`, { id: String(target.id) }, token)
      expect(JSON.stringify(gql.body)).not.toContain(target.code)
      const all = await app.graphql(`{ Tickets { docs { code } } }`, {}, token)
      expect(JSON.stringify(all.body)).not.toContain(target.code)
    }
    const judges = await app.rest.get('/tickets', { token: judge.token })
    expect(judges.status === 403 || judges.body.docs.length === 0).toBe(true)
  })

  it('the committee reads every ticket', async () => {
    const list = await app.rest.get(`/tickets?where[competition][equals]=${competition.id}`, { token: committee.token })
    expect(list.body.totalDocs).toBe(3)
  })

  it('nobody creates or edits a ticket through the API, not even the committee (a forged check-in is refused)', async () => {
    const target = await ticketOf(leaderB)
    for (const token of [leaderA.token, committee.token]) {
      const created = await app.rest.post('/tickets', {
        body: {
          code: 'AAAAA-AAAAA-AAAAA-AAAAA',
          competition: competition.id,
          key: 'x',
          registration: teamA,
          stage: 'final',
          user: leaderA.user.id,
        },
        token,
      })
      expect(created.status).toBe(403)
      const edited = await app.rest.patch(`/tickets/${target.id}`, { body: { checkedInAt: new Date().toISOString() }, token })
      expect(edited.status).toBe(403)
    }
    const forged = await app.graphql(
      `mutation ($id: String!) { updateTicket(id: $id, data: { checkedInAt: "2026-01-01T00:00:00.000Z" }) { id } }`,
      { id: String(target.id) },
      committee.token,
    )
    expect(forged.body.errors?.length).toBeGreaterThan(0)
    expect((await ticketOf(leaderB)).checkedInAt ?? null).toBeNull()
  })

  it('a member who accepts their invitation after the team advanced gets a ticket then', async () => {
    const team = await app.rest.get(`/registrations/${teamB}`, { token: leaderB.token })
    const late = await joinTeam(app, team.body.members[1].email)
    expect(await ticketOf(late)).toBeDefined()
    expect(await ticketsOf(competition.id)).toHaveLength(4)
  })
})

describe('checking in', () => {
  it('only the committee checks in: participants and judges get 403, anonymous 401', async () => {
    const { code } = await ticketOf(leaderB)
    for (const [token, status] of [
      [leaderB.token, 403],
      [judge.token, 403],
      [undefined, 401],
    ] as const) {
      const response = await checkIn({ code }, token)
      expect(response.status).toBe(status)
      expect(errorMessages(response.body)[0]).toMatch(/Only the committee/)
    }
    expect((await ticketOf(leaderB)).checkedInAt ?? null).toBeNull()
  })

  it('a body of the wrong shape is a 400 sentence; an unknown code a 404 sentence', async () => {
    for (const body of [{}, { code: 42 }, { code: null }, { code: ['x'] }, ['code']]) {
      const response = await checkIn(body, committee.token)
      expect(response.status).toBe(400)
      expect(errorMessages(response.body)[0]).toMatch(/"code" \(a string\)/)
    }
    for (const code of ['00000-00000-00000-00000', 'not a code']) {
      const response = await checkIn({ code }, committee.token)
      expect(response.status).toBe(404)
      expect(errorMessages(response.body)[0]).toMatch(/ticket code|No ticket has the code/)
    }
  })

  it('a desk set to one stage refuses a ticket for another (409) and checks nobody in; a half-given stage is a 400', async () => {
    const { code } = await ticketOf(leaderA)
    const elsewhere = await checkIn({ code, competition: competition.id, stage: 'preliminary' }, committee.token)
    expect(elsewhere.status).toBe(409)
    expect(errorMessages(elsewhere.body)[0]).toMatch(/This ticket is for "Grand Final" of .*, not for the stage this desk checks in for/)
    const otherCompetition = await checkIn({ code, competition: 'another-competition', stage: 'final' }, committee.token)
    expect(otherCompetition.status).toBe(409)
    for (const body of [
      { code, stage: 'final' },
      { code, competition: competition.id, stage: 7 },
    ]) {
      const response = await checkIn(body, committee.token)
      expect(response.status).toBe(400)
      expect(errorMessages(response.body)[0]).toMatch(/send both "competition" .* and "stage"/)
    }
    expect((await ticketOf(leaderA)).checkedInAt ?? null).toBeNull()
  })

  it('a code checks its holder in (typed loosely), recording the time and the checker', async () => {
    const ticket = await ticketOf(leaderA)
    const typed = ticket.code.toLowerCase().replace(/-/g, ' ')
    const response = await checkIn({ code: typed, competition: competition.id, stage: 'final' }, committee.token)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      alreadyCheckedIn: false,
      checkedInBy: 'Rina Panitia',
      ticket: { competition: competition.title, name: leaderA.user.name, stage: 'final', stageName: 'Grand Final' },
    })
    const stored = await ticketOf(leaderA)
    expect(stored.checkedInAt).toBe(response.body.checkedInAt)
    expect(String(stored.checkedInBy)).toBe(String(committee.user.id))
  })

  it('a second scan answers 200 "already checked in at <time> by <name>" and changes nothing', async () => {
    const before = await ticketOf(leaderA)
    const response = await checkIn({ code: before.code }, otherCommittee.token)
    expect(response.status).toBe(200)
    expect(response.body.alreadyCheckedIn).toBe(true)
    expect(response.body.checkedInBy).toBe('Rina Panitia')
    expect(response.body.message).toMatch(/is already checked in at \d\d:\d\d WIB, .* by Rina Panitia\./)
    const after = await ticketOf(leaderA)
    expect(after.checkedInAt).toBe(before.checkedInAt)
    expect(String(after.checkedInBy)).toBe(String(committee.user.id))
  })

  it('two scans of one ticket at the same moment record one check-in', async () => {
    const { code } = await ticketOf(memberA)
    const answers = await Promise.all([checkIn({ code }, committee.token), checkIn({ code }, otherCommittee.token)])
    expect(answers.map((answer) => answer.status)).toEqual([200, 200])
    const first = answers.filter((answer) => !answer.body.alreadyCheckedIn)
    expect(first).toHaveLength(1)
    const stored = await ticketOf(memberA)
    expect(stored.checkedInAt).toBe(first[0].body.checkedInAt)
    expect(answers.find((answer) => answer.body.alreadyCheckedIn)?.body.checkedInAt).toBe(stored.checkedInAt)
  })

  it('each check-in is in the audit trail once: who checked whom in, and when', async () => {
    const events = await app.rest.get('/audit-events?where[collectionSlug][equals]=tickets&limit=50', { token: committee.token })
    expect(events.status).toBe(200)
    const checkIns = (
      events.body.docs as { action: string; actor: { id: string } | string; after: Record<string, unknown>; documentId: string }[]
    ).filter((event) => event.action === 'ticket-checked-in')
    // leaderA (then scanned again) and memberA (two scans at once): two check-ins, two events.
    const leaderTicket = await ticketOf(leaderA)
    const memberTicket = await ticketOf(memberA)
    expect(checkIns.map((event) => event.documentId).sort()).toEqual([String(leaderTicket.id), String(memberTicket.id)].sort())
    const leaderEvent = checkIns.find((event) => event.documentId === String(leaderTicket.id))!
    expect(idOfActor(leaderEvent.actor)).toBe(String(committee.user.id))
    expect(leaderEvent.after).toMatchObject({
      checkedInAt: leaderTicket.checkedInAt,
      checkedInBy: String(committee.user.id),
      stage: 'final',
    })
    // Participants do not read the trail.
    expect((await app.rest.get('/audit-events', { token: leaderA.token })).status).toBe(403)
  })

  it('the stage view lists who is in and who is missing (committee only)', async () => {
    const response = await app.rest.get(`/competitions/${competition.id}/stages/final/check-in`, { token: committee.token })
    expect(response.status).toBe(200)
    expect(response.body.total).toBe(4)
    expect(response.body.onSite).toBe(true)
    const ins = response.body.checkedIn as { checkedInAt: string; checkedInBy: string; name: string }[]
    expect(ins.map((row) => row.name).sort()).toEqual([leaderA.user.name, 'Member 1'].sort())
    expect(ins.every((row) => row.checkedInAt && row.checkedInBy)).toBe(true)
    expect((response.body.missing as { name: string }[]).map((row) => row.name).sort()).toEqual([leaderB.user.name, 'Member 1'].sort())
    for (const [token, status] of [
      [leaderA.token, 403],
      [judge.token, 403],
      [undefined, 401],
    ] as const) {
      expect((await app.rest.get(`/competitions/${competition.id}/stages/final/check-in`, { token })).status).toBe(status)
    }
    expect((await app.rest.get(`/competitions/${competition.id}/stages/nope/check-in`, { token: committee.token })).status).toBe(404)
  })

  it('a team rejected after advancing loses its unused tickets: scanning one is a 404 and checks nobody in', async () => {
    const { code } = await ticketOf(leaderB)
    const rejected = await app.rest.patch(`/registrations/${teamB}`, {
      body: { reviewNote: 'Plagiarised preliminary work', status: 'rejected' },
      token: committee.token,
    })
    expect(rejected.status).toBe(200)
    expect((await ticketsOf(competition.id)).some((ticket) => String(ticket.registration) === teamB)).toBe(false)
    const response = await checkIn({ code }, committee.token)
    expect(response.status).toBe(404)
    expect(errorMessages(response.body)[0]).toMatch(/No ticket has the code/)
    const stage = await app.rest.get(`/competitions/${competition.id}/stages/final/check-in`, { token: committee.token })
    expect((stage.body.checkedIn as { name: string }[]).map((row) => row.name)).not.toContain(leaderB.user.name)
    expect((stage.body.missing as { name: string }[]).map((row) => row.name)).not.toContain(leaderB.user.name)
  })

  it('a stage no longer on site: unused tickets go, used ones stay, and scanning one is a 409', async () => {
    const current = (await app.rest.get(`/competitions/${competition.id}`, { token: committee.token })).body as Competition
    const stages = (current.stages ?? []).map((stage) => ({ ...stage, onSite: false }))
    const saved = await app.rest.patch(`/competitions/${competition.id}`, {
      body: { _status: 'published', stages },
      token: committee.token,
    })
    expect(saved.status).toBe(200)
    const left = await ticketsOf(competition.id)
    expect(left.map((ticket) => String(ticket.user)).sort()).toEqual([leaderA, memberA].map((each) => String(each.user.id)).sort())
    const response = await checkIn({ code: (await ticketOf(leaderA)).code }, committee.token)
    expect(response.status).toBe(409)
    expect(errorMessages(response.body)[0]).toMatch(/"Grand Final" .* is not on site/)
  })

  it('a deleted registration takes its tickets with it, checked in or not', async () => {
    const admin = await app.createUser('admin')
    expect((await app.rest.delete(`/registrations/${teamA}`, { token: admin.token })).status).toBe(200)
    expect((await ticketsOf(competition.id)).some((ticket) => String(ticket.registration) === teamA)).toBe(false)
    // The checked-in tickets that went are recorded, by whom (the presence they proved is not lost).
    const events = await app.rest.get('/audit-events?where[action][equals]=checked-in-ticket-deleted&limit=50', { token: committee.token })
    expect(
      (events.body.docs as { actor: { id: string } | string; before: { name: string } }[]).map((event) => idOfActor(event.actor)),
    ).toEqual([String(admin.user.id), String(admin.user.id)])
  })
})
