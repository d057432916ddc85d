import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { isInvitation } from '../helpers/invitations'
import { judgedCompetition, openStage } from '../helpers/judging'
import { publishCompetition, register } from '../helpers/registrations'

let app: TestApp
let committee: TestUser
let reviewer2: TestUser
let participant: TestUser
let judge: TestUser

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee', { name: 'Ayu Reviewer' })
  reviewer2 = await app.createUser('committee', { name: 'Budi Reviewer' })
  participant = await app.createUser('participant')
  judge = await app.createUser('judge')
})

afterAll(async () => {
  await app?.close()
})

const stored = (id: string) => app.payload.findByID({ collection: 'registrations', depth: 0, id, overrideAccess: true })
const newCompetition = (overrides = {}) => publishCompetition(app, committee, { fee: 50000, ...overrides })
const newTeam = async (competitionId: string, options: { members?: number } = {}) => {
  const leader = await app.createUser('participant')
  const response = await register(app, leader, { id: competitionId }, options)
  expect(response.status).toBe(201)
  return { id: response.body.doc.id as string, leader, teamName: response.body.doc.teamName as string }
}
const next = (competitionId: string, user: TestUser, body: object = {}) =>
  app.rest.post(`/competitions/${competitionId}/review/next`, { body, token: user.token })
const decide = (id: string, user: TestUser | undefined, body: object) =>
  app.rest.post(`/registrations/${id}/review`, { body, token: user?.token })

describe('who may review', () => {
  it('refuses anonymous callers (401), participants and judges (403) on every review endpoint, changing nothing', async () => {
    const competition = await newCompetition()
    const team = await newTeam(competition.id)
    const { updatedAt } = await stored(team.id)
    const calls = [
      (token?: string) => app.rest.post(`/competitions/${competition.id}/review/next`, { body: {}, token }),
      (token?: string) =>
        app.rest.post(`/registrations/${team.id}/review`, { body: { decision: 'verified', expectedUpdatedAt: updatedAt }, token }),
      (token?: string) =>
        app.rest.post(`/competitions/${competition.id}/registrations/bulk-review`, {
          body: { decision: 'verified', registrations: [team.id] },
          token,
        }),
      (token?: string) =>
        app.rest.post(`/competitions/${competition.id}/registrations/bulk-resend-invitations`, {
          body: { registrations: [team.id] },
          token,
        }),
    ]
    for (const call of calls) {
      expect((await call()).status).toBe(401)
      expect((await call(participant.token)).status).toBe(403)
      expect((await call(team.leader.token)).status).toBe(403)
      expect((await call(judge.token)).status).toBe(403)
    }
    const after = await stored(team.id)
    expect(after.status).toBe('pending')
    expect(after.reviewClaimedBy ?? null).toBeNull()
  })

  it('hides the review hold from participants and judges, over REST and GraphQL', async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage()])
    const team = await newTeam(competition.id)
    expect((await next(competition.id, committee)).body.registration.id).toBe(team.id)
    // A judge sees verified teams only: give a verified team a hold to look for.
    const verified = await decide(team.id, committee, { decision: 'verified', expectedUpdatedAt: (await stored(team.id)).updatedAt })
    expect(verified.status).toBe(200)
    await app.payload.db.updateOne({
      collection: 'registrations',
      data: { reviewClaimedBy: committee.user.id, reviewClaimedUntil: new Date(Date.now() + 60_000).toISOString() },
      id: team.id,
    })

    const asLeader = await app.rest.get(`/registrations/${team.id}`, { token: team.leader.token })
    expect(asLeader.status).toBe(200)
    expect(asLeader.body).not.toHaveProperty('reviewClaimedBy')
    expect(asLeader.body).not.toHaveProperty('reviewClaimedUntil')
    expect(asLeader.body).not.toHaveProperty('hasSubmitted')
    // Nor can they probe it with a query.
    const probe = await app.rest.get(`/registrations?where[reviewClaimedBy][equals]=${committee.user.id}`, { token: team.leader.token })
    expect(probe.status).toBe(400)
    expect(errorMessages(probe.body).join()).toMatch(/reviewClaimedBy/)
    const asCommittee = await app.rest.get(`/registrations/${team.id}`, { token: committee.token })
    expect(asCommittee.body.reviewClaimedUntil).toBeTruthy()

    const query = `query { Registrations { docs { id teamName reviewClaimedUntil reviewClaimedBy { id } hasSubmitted } } }`
    for (const user of [team.leader, judge]) {
      const { body } = await app.graphql<any>(query, {}, user.token)
      const doc = body.data?.Registrations.docs.find((each: { id: string }) => each.id === team.id)
      expect(doc, JSON.stringify(body)).toBeTruthy()
      expect(doc.reviewClaimedUntil).toBeNull()
      expect(doc.reviewClaimedBy).toBeNull()
      expect(doc.hasSubmitted).toBeNull()
    }
    const { body } = await app.graphql<any>(query, {}, committee.token)
    expect(body.data.Registrations.docs.find((each: { id: string }) => each.id === team.id).reviewClaimedBy.id).toBe(committee.user.id)
  })
})

describe('review next', () => {
  it('hands out the oldest waiting registration with its documents, never the same one to two reviewers', async () => {
    const competition = await newCompetition()
    const first = await newTeam(competition.id)
    const second = await newTeam(competition.id)
    const third = await newTeam(competition.id)

    const mine = await next(competition.id, committee)
    expect(mine.status).toBe(200)
    expect(mine.body.waiting).toBe(3)
    const packet = mine.body.registration
    expect(packet.id).toBe(first.id)
    expect(packet.teamName).toBe(first.teamName)
    expect(packet.leader.email).toBe(first.leader.user.email)
    expect(packet.members).toHaveLength(2)
    expect(packet.members[0].studentCard.url).toMatch(/^\/api\/attachments\/file\//)
    expect(packet.paymentProof.mimeType).toBe('image/png')
    expect(packet.updatedAt).toBe((await stored(first.id)).updatedAt)
    // The documents open for the reviewer through the access-checked route.
    const proof = await app.rest.get(new URL(packet.paymentProof.url, 'http://x').pathname.replace(/^\/api/, ''), {
      token: committee.token,
    })
    expect(proof.status).toBe(200)

    // Asking again (a reload) gives the reviewer the one they hold.
    expect((await next(competition.id, committee)).body.registration.id).toBe(first.id)
    expect((await next(competition.id, reviewer2)).body.registration.id).toBe(second.id)
    // Skipping releases the hold and moves on.
    const skipped = await next(competition.id, committee, { skip: [first.id] })
    expect(skipped.body.registration.id).toBe(third.id)
    expect((await stored(first.id)).reviewClaimedBy ?? null).toBeNull()
    expect((await next(competition.id, committee, { skip: [first.id, third.id] })).body.registration).toBeNull()
  })

  it('two reviewers asking at the same moment get different registrations', async () => {
    const competition = await newCompetition()
    const teams = [await newTeam(competition.id), await newTeam(competition.id), await newTeam(competition.id)]
    for (let round = 0; round < 2; round++) {
      const [a, b] = await Promise.all([next(competition.id, committee), next(competition.id, reviewer2)])
      expect(a.status).toBe(200)
      expect(b.status).toBe(200)
      expect(a.body.registration.id).not.toBe(b.body.registration.id)
      expect([a.body.registration.id, b.body.registration.id].every((id) => teams.some((team) => team.id === id))).toBe(true)
      const holders = await Promise.all(teams.map((team) => stored(team.id)))
      expect(holders.filter((doc) => doc.reviewClaimedBy).length).toBe(2)
    }
  })

  it('hands out a registration again once its hold expired, and says when the queue is empty', async () => {
    const competition = await newCompetition()
    const team = await newTeam(competition.id)
    expect((await next(competition.id, committee)).body.registration.id).toBe(team.id)
    const empty = await next(competition.id, reviewer2)
    expect(empty.status).toBe(200)
    expect(empty.body.registration).toBeNull()
    expect(empty.body.waiting).toBe(1)

    await app.payload.db.updateOne({
      collection: 'registrations',
      data: { reviewClaimedUntil: new Date(Date.now() - 1000).toISOString() },
      id: team.id,
    })
    expect((await next(competition.id, reviewer2)).body.registration.id).toBe(team.id)
    expect(idOf((await stored(team.id)).reviewClaimedBy)).toBe(reviewer2.user.id)
  })

  it('does not count a hold as a change: the decision still matches the updatedAt shown', async () => {
    const competition = await newCompetition()
    const team = await newTeam(competition.id)
    const before = (await stored(team.id)).updatedAt
    const { body } = await next(competition.id, committee)
    expect(body.registration.updatedAt).toBe(before)
  })

  it('refuses a malformed skip list and an unknown competition', async () => {
    const competition = await newCompetition()
    const bad = await next(competition.id, committee, { skip: 'everything' })
    expect(bad.status).toBe(400)
    expect(errorMessages(bad.body).join()).toMatch(/"skip" must be a list/)
    expect((await next(competition.id, committee, { skip: [1, 2] })).status).toBe(400)
    expect(
      (await app.rest.post('/competitions/00000000-0000-4000-8000-000000000000/review/next', { body: {}, token: committee.token })).status,
    ).toBe(404)
  })
})

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: string }).id : value)

describe('a decision', () => {
  it('verifies, emails the team and releases the hold', async () => {
    const competition = await newCompetition()
    const team = await newTeam(competition.id)
    const { body } = await next(competition.id, committee)
    const response = await decide(team.id, committee, { decision: 'verified', expectedUpdatedAt: body.registration.updatedAt })
    expect(response.status).toBe(200)
    expect(response.body.registration.status).toBe('verified')
    const doc = await stored(team.id)
    expect(doc.status).toBe('verified')
    expect(idOf(doc.reviewedBy)).toBe(committee.user.id)
    expect(doc.reviewClaimedBy ?? null).toBeNull()
    expect(doc.reviewClaimedUntil ?? null).toBeNull()
    await app.mailbox.waitFor(team.leader.user.email, (mail) => /verified/.test(mail.subject))
    expect((await next(competition.id, committee)).body.registration).toBeNull()
  })

  it('is refused with 409 when the registration changed since it was opened, storing nothing', async () => {
    const competition = await newCompetition()
    const team = await newTeam(competition.id)
    const { body } = await next(competition.id, committee)
    const seen = body.registration.updatedAt as string

    // The team renames itself meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(
      (await app.rest.patch(`/registrations/${team.id}`, { body: { teamName: 'Renamed Meanwhile' }, token: team.leader.token })).status,
    ).toBe(200)
    const stale = await decide(team.id, committee, { decision: 'verified', expectedUpdatedAt: seen })
    expect(stale.status).toBe(409)
    expect(errorMessages(stale.body).join()).toMatch(
      /Renamed Meanwhile changed since you opened it \(by .*, at .*\); reload it and decide again/,
    )
    const after = await stored(team.id)
    expect(after.status).toBe('pending')
    expect(after.reviewedBy ?? null).toBeNull()

    // Another reviewer decides meanwhile: the refusal names them.
    const fresh = after.updatedAt
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(
      (await decide(team.id, reviewer2, { decision: 'needs-revision', expectedUpdatedAt: fresh, note: 'The KTM is blurry.' })).status,
    ).toBe(200)
    const late = await decide(team.id, committee, { decision: 'verified', expectedUpdatedAt: fresh })
    expect(late.status).toBe(409)
    expect(errorMessages(late.body).join()).toMatch(/by Budi Reviewer/)
    const final = await stored(team.id)
    expect(final.status).toBe('needs-revision')
    expect(final.reviewNote).toBe('The KTM is blurry.')
  })

  it('only one of two simultaneous decisions on the same registration is stored', async () => {
    const competition = await newCompetition()
    const team = await newTeam(competition.id)
    const seen = (await stored(team.id)).updatedAt
    const [a, b] = await Promise.all([
      decide(team.id, committee, { decision: 'verified', expectedUpdatedAt: seen }),
      decide(team.id, reviewer2, { decision: 'rejected', expectedUpdatedAt: seen, note: 'Not students.' }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const winner = a.status === 200 ? 'verified' : 'rejected'
    expect((await stored(team.id)).status).toBe(winner)
  })

  it('needs a note to ask for a revision or to reject, and a well-typed body', async () => {
    const competition = await newCompetition()
    const team = await newTeam(competition.id)
    const { updatedAt } = await stored(team.id)
    for (const body of [
      { decision: 'needs-revision', expectedUpdatedAt: updatedAt },
      { decision: 'rejected', expectedUpdatedAt: updatedAt, note: '   ' },
      { decision: 'approved', expectedUpdatedAt: updatedAt },
      { decision: 'verified', expectedUpdatedAt: updatedAt, note: 42 },
      { decision: 'verified' },
      { decision: 'verified', expectedUpdatedAt: 'yesterday' },
      { decision: ['verified'], expectedUpdatedAt: updatedAt },
    ]) {
      const response = await decide(team.id, committee, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(errorMessages(response.body).join()).toMatch(/"(note|decision|expectedUpdatedAt)"/)
    }
    expect(errorMessages((await decide(team.id, committee, { decision: 'rejected', expectedUpdatedAt: updatedAt })).body).join()).toMatch(
      /why it is rejected/,
    )
    expect((await stored(team.id)).status).toBe('pending')
    expect(
      (await decide('00000000-0000-4000-8000-000000000000', committee, { decision: 'verified', expectedUpdatedAt: updatedAt })).status,
    ).toBe(404)
  })

  it('rejecting a team holding a place promotes the oldest waitlisted team, as a PATCH does', async () => {
    const competition = await newCompetition({ quota: 1, waitlist: true })
    const holder = await newTeam(competition.id)
    const waiting = await newTeam(competition.id)
    expect((await stored(waiting.id)).status).toBe('waitlisted')
    const { updatedAt } = await stored(holder.id)
    const response = await decide(holder.id, committee, { decision: 'rejected', expectedUpdatedAt: updatedAt, note: 'Duplicate team.' })
    expect(response.status).toBe(200)
    expect((await stored(waiting.id)).status).toBe('pending')
    await app.mailbox.waitFor(holder.leader.user.email, (mail) => /rejected/.test(mail.subject))
  })
})

const bulk = (competitionId: string, body: unknown, user: TestUser = committee) =>
  app.rest.post(`/competitions/${competitionId}/registrations/bulk-review`, { body, token: user.token })

describe('bulk review', () => {
  it('verifies five in one call, emailing each team, and reports a withdrawn one by name while the rest change', async () => {
    const competition = await newCompetition()
    const teams = []
    for (let index = 0; index < 5; index++) teams.push(await newTeam(competition.id))
    const withdrawn = await newTeam(competition.id)
    expect(
      (await app.rest.patch(`/registrations/${withdrawn.id}`, { body: { status: 'withdrawn' }, token: withdrawn.leader.token })).status,
    ).toBe(200)

    const ids = [teams[0].id, teams[1].id, withdrawn.id, teams[2].id, teams[3].id, teams[4].id]
    const response = await bulk(competition.id, { decision: 'verified', registrations: ids })
    expect(response.status).toBe(200)
    expect(response.body.changed).toBe(5)
    expect(response.body.failed).toBe(1)
    expect(response.body.rows.map((row: { id: string }) => row.id)).toEqual(ids)
    const refused = response.body.rows.find((row: { id: string }) => row.id === withdrawn.id)
    expect(refused).toMatchObject({ ok: false, teamName: withdrawn.teamName })
    expect(refused.message).toMatch(/withdrawn; its status can no longer change/)
    for (const team of teams) {
      expect(response.body.rows.find((row: { id: string }) => row.id === team.id)).toMatchObject({ ok: true, teamName: team.teamName })
      expect((await stored(team.id)).status).toBe('verified')
      expect(idOf((await stored(team.id)).reviewedBy)).toBe(committee.user.id)
    }
    expect((await stored(withdrawn.id)).status).toBe('withdrawn')
    await Promise.all(teams.map((team) => app.mailbox.waitFor(team.leader.user.email, (mail) => /verified/.test(mail.subject))))
  })

  it('asks for a revision of many with one note, which reaches each team', async () => {
    const competition = await newCompetition()
    const teams = [await newTeam(competition.id), await newTeam(competition.id)]
    const note = 'Upload the payment proof with the transfer reference visible.'
    const response = await bulk(competition.id, { decision: 'needs-revision', note, registrations: teams.map((team) => team.id) })
    expect(response.body.changed).toBe(2)
    for (const team of teams) {
      expect((await stored(team.id)).reviewNote).toBe(note)
      expect((await app.mailbox.waitFor(team.leader.user.email, (mail) => /Action needed/.test(mail.subject))).text).toContain(note)
    }
  })

  it('reports registrations of another competition or unknown ids without touching them', async () => {
    const competition = await newCompetition()
    const other = await newCompetition()
    const mine = await newTeam(competition.id)
    const theirs = await newTeam(other.id)
    const response = await bulk(competition.id, { decision: 'verified', registrations: [mine.id, theirs.id, 'not-an-id'] })
    expect(response.status).toBe(200)
    expect(response.body.rows.map((row: { ok: boolean }) => row.ok)).toEqual([true, false, false])
    expect((await stored(theirs.id)).status).toBe('pending')
  })

  it('refuses wrong body types with 400 and changes nothing', async () => {
    const competition = await newCompetition()
    const team = await newTeam(competition.id)
    for (const body of [
      { decision: 'verified' },
      { decision: 'verified', registrations: team.id },
      { decision: 'verified', registrations: [] },
      { decision: 'verified', registrations: [42] },
      { decision: 'verified', registrations: Array.from({ length: 501 }, (_, index) => `id-${index}`) },
      { registrations: [team.id] },
      { decision: 'rejected', registrations: [team.id] },
      { decision: 'verified', note: { text: 'x' }, registrations: [team.id] },
      [team.id],
    ]) {
      const response = await bulk(competition.id, body)
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(errorMessages(response.body).join()).toMatch(/"(registrations|decision|note)"/)
    }
    expect((await stored(team.id)).status).toBe('pending')
  })
})

describe('bulk resend invitations', () => {
  it("re-sends each team's pending invitations, not within a minute of the last, and reports final registrations", async () => {
    const competition = await newCompetition()
    const team = await newTeam(competition.id, { members: 3 })
    const withdrawn = await newTeam(competition.id, { members: 2 })
    await app.rest.patch(`/registrations/${withdrawn.id}`, { body: { status: 'withdrawn' }, token: withdrawn.leader.token })
    const members = (await stored(team.id)).members.slice(1).map((member) => member.email)
    for (const email of members) await app.mailbox.waitFor(email, isInvitation)

    const tooSoon = await app.rest.post(`/competitions/${competition.id}/registrations/bulk-resend-invitations`, {
      body: { registrations: [team.id] },
      token: committee.token,
    })
    expect(tooSoon.status).toBe(200)
    expect(tooSoon.body.rows[0].message).toMatch(/try again in \d+ seconds/)

    // A minute later (the invitations' sending time moved back).
    await app.payload.update({
      collection: 'invitations',
      data: { sentAt: new Date(Date.now() - 120_000).toISOString() },
      overrideAccess: true,
      where: { registration: { equals: team.id } },
    })
    const response = await app.rest.post(`/competitions/${competition.id}/registrations/bulk-resend-invitations`, {
      body: { registrations: [team.id, withdrawn.id] },
      token: committee.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.rows[0]).toMatchObject({ ok: true, teamName: team.teamName })
    expect(response.body.rows[0].message).toContain(members[0])
    expect(response.body.rows[1]).toMatchObject({ ok: false, teamName: withdrawn.teamName })
    expect(response.body.rows[1].message).toMatch(/withdrawn/)
    for (const email of members) {
      const deadline = Date.now() + 15_000
      while (app.mailbox.for(email).filter(isInvitation).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      expect(app.mailbox.for(email).filter(isInvitation)).toHaveLength(2)
    }

    const bad = await app.rest.post(`/competitions/${competition.id}/registrations/bulk-resend-invitations`, {
      body: { registrations: 'all' },
      token: committee.token,
    })
    expect(bad.status).toBe(400)
  })
})

describe('verified without submission', () => {
  it('a submission marks its team, so the list filters teams that have not submitted', async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage()])
    const submitted = await newTeam(competition.id)
    const silent = await newTeam(competition.id)
    const verified = await bulk(competition.id, { decision: 'verified', registrations: [submitted.id, silent.id] })
    expect(verified.body.changed).toBe(2)
    const made = await app.rest.post('/submissions', {
      body: { link: 'https://example.com/our-work', registration: submitted.id, stage: 'preliminary' },
      token: submitted.leader.token,
    })
    expect(made.status).toBe(201)
    expect((await stored(submitted.id)).hasSubmitted).toBe(true)

    const list = await app.rest.get(
      `/registrations?where[and][0][competition][equals]=${competition.id}&where[and][1][status][equals]=verified&where[and][2][hasSubmitted][not_equals]=true&depth=0`,
      { token: committee.token },
    )
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([silent.id])
  })
})
