import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jakartaDate, lastDays } from '../../src/domain/stats'
import { forgetStats } from '../../src/stats/statsCache'
import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { openStage } from '../helpers/judging'
import { publishCompetition, register } from '../helpers/registrations'

/**
 * GET /api/competitions/:id/stats on a small competition built by hand through REST, where
 * every number can be worked out on paper:
 *
 *   quota 4 with a waitlist; early-bird Rp50,000 for the first three teams, then Rp100,000.
 *   ITB verified · UGM verified · UI needs revision · ITS rejected (its place goes to UNAIR,
 *   the oldest waitlisted, now pending) · UNPAD withdrew from the waitlist · UNDIP waitlisted.
 *   Judges: J-ITB (from ITB), J-free (declared a conflict with UGM), J-gone (scored, then left
 *   the panel). Preliminary: ITB and UGM submitted; J-ITB scored UGM, J-gone scored ITB.
 *   Final: ITB submitted; J-free scored it.
 */
const DAY = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

let app: TestApp
let committee: TestUser
let participant: TestUser
let panelJudge: TestUser
let competitionId: string
let otherCompetitionId: string
const teams: Record<string, { leader: TestUser; registrationId: string }> = {}
let startedAt: Date

const stats = (id: string, token?: string) => app.rest.get(`/competitions/${id}/stats`, { token })

const addTeam = async (competition: string, institution: string) => {
  const leader = await app.createUser('participant')
  const created = await register(app, leader, { id: competition }, { institution, members: 1 })
  if (created.status !== 201) throw new Error(`register ${institution}: ${created.status} ${JSON.stringify(created.body)}`)
  teams[institution] = { leader, registrationId: created.body.doc.id }
  return created.body.doc as { feeDue: number; status: string }
}

const review = async (institution: string, status: string, reviewNote?: string) => {
  const response = await app.rest.patch(`/registrations/${teams[institution].registrationId}`, {
    body: { reviewNote, status },
    token: committee.token,
  })
  expect(response.status).toBe(200)
}

const submit = async (institution: string, stage: string) => {
  const { leader, registrationId } = teams[institution]
  const response = await app.rest.post('/submissions', {
    body: { link: `https://example.com/${stage}`, registration: registrationId, stage },
    token: leader.token,
  })
  expect(response.status).toBe(201)
  return response.body.doc.id as string
}

const score = async (judge: TestUser, submission: string) => {
  const response = await app.rest.post('/scores', {
    body: {
      criteria: [
        { criterion: 'Innovation', score: 7 },
        { criterion: 'Execution', score: 4 },
      ],
      submission,
    },
    token: judge.token,
  })
  expect(response.status).toBe(201)
}

/** Moves a registration's creation time, below Payload (the API never lets anyone set it). */
/** Moves a team's creation time straight in the database, where no hook sees it: the remembered numbers are forgotten by hand. */
const createdAt = async (institution: string, when: Date) => {
  await app.payload.db.updateOne({
    collection: 'registrations',
    data: { createdAt: when.toISOString() },
    where: { id: { equals: teams[institution].registrationId } },
  })
  forgetStats()
}

beforeAll(async () => {
  startedAt = new Date()
  app = await startApp()
  committee = await app.createUser('committee')
  participant = await app.createUser('participant')
  const itbJudge = await app.createUser('judge', { institution: 'Institut Teknologi  Bandung' })
  const freeJudge = await app.createUser('judge')
  const leavingJudge = await app.createUser('judge')
  panelJudge = itbJudge
  const competition = await publishCompetition(app, committee, {
    fee: 100_000,
    feeSchedule: [{ fee: 50_000, label: 'Early bird', until: inDays(1) }],
    judges: [itbJudge.user.id, freeJudge.user.id, leavingJudge.user.id],
    quota: 4,
    stages: [openStage(), openStage({ closesAt: inDays(4), key: 'final', name: 'Final', opensAt: inDays(3) })] as never,
    waitlist: true,
  })
  competitionId = competition.id

  for (const institution of ['Institut Teknologi Bandung', 'UGM', 'UI'])
    expect((await addTeam(competitionId, institution)).feeDue).toBe(50_000)
  const noEarlyBird = await app.rest.patch(`/competitions/${competitionId}`, { body: { feeSchedule: [] }, token: committee.token })
  expect(noEarlyBird.status).toBe(200)
  expect((await addTeam(competitionId, 'ITS')).feeDue).toBe(100_000)
  for (const institution of ['UNAIR', 'UNPAD', 'UNDIP']) expect((await addTeam(competitionId, institution)).status).toBe('waitlisted')

  await review('Institut Teknologi Bandung', 'verified')
  await review('UGM', 'verified')
  await review('UI', 'needs-revision', 'The student card is unreadable.')
  await review('ITS', 'rejected', 'Not a student team.')
  const withdrawn = await app.rest.patch(`/registrations/${teams.UNPAD.registrationId}`, {
    body: { status: 'withdrawn' },
    token: teams.UNPAD.leader.token,
  })
  expect(withdrawn.status).toBe(200)

  const conflict = await app.rest.post('/conflicts', { body: { registration: teams.UGM.registrationId }, token: freeJudge.token })
  expect(conflict.status).toBe(201)
  const itbPreliminary = await submit('Institut Teknologi Bandung', 'preliminary')
  const ugmPreliminary = await submit('UGM', 'preliminary')
  await score(itbJudge, ugmPreliminary)
  await score(leavingJudge, itbPreliminary)

  // The preliminary closes, the final opens; J-gone leaves the panel.
  const current = (await app.rest.get(`/competitions/${competitionId}?depth=0`, { token: committee.token })).body
  const moved = await app.rest.patch(`/competitions/${competitionId}`, {
    body: {
      judges: [itbJudge.user.id, freeJudge.user.id],
      stages: [
        { ...current.stages[0], closesAt: inDays(-1), graceMinutes: 0, opensAt: inDays(-2) },
        { ...current.stages[1], closesAt: inDays(1), opensAt: inDays(-0.5) },
      ],
    },
    token: committee.token,
  })
  expect(moved.status).toBe(200)
  await score(freeJudge, await submit('Institut Teknologi Bandung', 'final'))

  // Another competition's registration and submission must not count.
  const other = await publishCompetition(app, committee, {
    fee: 0,
    judges: [itbJudge.user.id],
    quota: null,
    stages: [openStage()] as never,
  })
  otherCompetitionId = other.id
  await addTeam(otherCompetitionId, 'Universitas Lain')
  await review('Universitas Lain', 'verified')
  await submit('Universitas Lain', 'preliminary')
})

afterAll(async () => {
  await app?.close()
})

describe('GET /api/competitions/:id/stats (committee)', () => {
  it('counts registrations per status, places, the waitlist, documents to review and fees', async () => {
    const response = await stats(competitionId, committee.token)
    expect(response.status).toBe(200)
    expect(response.body.competition).toEqual({ id: competitionId, quota: 4, title: expect.any(String), waitlist: true })
    expect(response.body.registrations).toEqual({
      byStatus: { 'needs-revision': 1, pending: 1, rejected: 1, verified: 2, waitlisted: 1, withdrawn: 1 },
      placesTaken: 4,
      quota: 4,
      waitlisted: 1,
    })
    expect(response.body.documentsAwaitingReview).toBe(1)
    // Holding a place: ITB, UGM, UI at Rp50,000 and UNAIR (promoted) at Rp100,000; verified: ITB and UGM.
    expect(response.body.fees).toEqual({ due: 250_000, verified: 100_000 })
  })

  it('counts submissions and judging progress per stage, in stage order', async () => {
    const { body } = await stats(competitionId, committee.token)
    expect(body.submissions).toEqual([
      { count: 2, name: 'Preliminary', stage: 'preliminary' },
      { count: 1, name: 'Final', stage: 'final' },
    ])
    // Preliminary: J-ITB may score UGM only, J-free ITB only (conflict with UGM) → 2 expected;
    // given: J-ITB's score (J-gone's no longer counts). Final: ITB's work, J-free only → 1 of 1.
    expect(body.judging).toEqual([
      { name: 'Preliminary', scoresExpected: 2, scoresGiven: 1, stage: 'preliminary' },
      { name: 'Final', scoresExpected: 1, scoresGiven: 1, stage: 'final' },
    ])
  })

  it('gives registrations per Jakarta day for the last 30 days, zeros included', async () => {
    const { body } = await stats(competitionId, committee.token)
    const days = body.registrationsPerDay as { count: number; date: string }[]
    expect(days).toHaveLength(30)
    expect(days.at(-1)?.date).toBe(jakartaDate(new Date()))
    expect(days.reduce((total, day) => total + day.count, 0)).toBe(7)
    // Everything was registered during this test (which may straddle midnight in Jakarta).
    const today = new Set([jakartaDate(startedAt), jakartaDate(new Date())])
    expect(days.filter((day) => day.count > 0).every((day) => today.has(day.date))).toBe(true)
  })

  it('counts a day from midnight in Jakarta (UTC+7), and nothing before the 30 days', async () => {
    const { days, since } = lastDays(new Date(), 30)
    // 00:30 in Jakarta three days ago is still the day before in UTC.
    const threeDaysAgo = new Date(Date.parse(`${days[26]}T00:30:00+07:00`))
    await createdAt('UNAIR', threeDaysAgo)
    await createdAt('UNPAD', since)
    await createdAt('UNDIP', new Date(since.getTime() - 60_000))
    const { body } = await stats(competitionId, committee.token)
    const perDay = new Map((body.registrationsPerDay as { count: number; date: string }[]).map((day) => [day.date, day.count]))
    expect(perDay.get(days[26])).toBe(1)
    expect(perDay.get(days[0])).toBe(1)
    expect([...perDay.values()].reduce((total, count) => total + count, 0)).toBe(6)
    // Moving creation times changes nothing else.
    expect(body.registrations.placesTaken).toBe(4)
  })

  it("counts only the competition's own registrations and work", async () => {
    const { body } = await stats(otherCompetitionId, committee.token)
    expect(body.registrations.byStatus).toEqual({ 'needs-revision': 0, pending: 0, rejected: 0, verified: 1, waitlisted: 0, withdrawn: 0 })
    expect(body.registrations.quota).toBeNull()
    expect(body.fees).toEqual({ due: 0, verified: 0 })
    expect(body.submissions).toEqual([{ count: 1, name: 'Preliminary', stage: 'preliminary' }])
    // The other competition's judge comes from ITB; its team does not.
    expect(body.judging).toEqual([{ name: 'Preliminary', scoresExpected: 1, scoresGiven: 0, stage: 'preliminary' }])
  })

  it('are remembered for a few seconds, yet a registration, a decision and a submission show at once', async () => {
    const fresh = await publishCompetition(app, committee, { fee: 0, quota: null, stages: [openStage()] as never })
    const leader = await app.createUser('participant')
    expect((await stats(fresh.id, committee.token)).body.registrations.byStatus.pending).toBe(0)
    // Remembered: asked again, the same answer (nothing changed).
    expect((await stats(fresh.id, committee.token)).body.registrations.byStatus.pending).toBe(0)
    const created = await register(app, leader, fresh, { withProof: false })
    expect(created.status).toBe(201)
    expect((await stats(fresh.id, committee.token)).body.registrations.byStatus.pending).toBe(1)
    const id = created.body.doc.id as string
    expect((await app.rest.patch(`/registrations/${id}`, { body: { status: 'verified' }, token: committee.token })).status).toBe(200)
    const after = (await stats(fresh.id, committee.token)).body
    expect(after.registrations.byStatus).toMatchObject({ pending: 0, verified: 1 })
    expect(after.submissions).toEqual([{ count: 0, name: 'Preliminary', stage: 'preliminary' }])
    const submitted = await app.rest.post('/submissions', {
      body: { link: 'https://example.test/demo', registration: id, stage: 'preliminary' },
      token: leader.token,
    })
    expect(submitted.status).toBe(201)
    expect((await stats(fresh.id, committee.token)).body.submissions).toEqual([{ count: 1, name: 'Preliminary', stage: 'preliminary' }])
  })

  it('an admin sees them too', async () => {
    const admin = await app.createUser('admin')
    expect((await stats(competitionId, admin.token)).status).toBe(200)
  })
})

describe('who may not see the numbers', () => {
  it('a team leader and a participant: 403; a judge of the competition: 403', async () => {
    for (const token of [teams['Institut Teknologi Bandung'].leader.token, participant.token, panelJudge.token]) {
      const response = await stats(competitionId, token)
      expect(response.status).toBe(403)
      expect(errorMessages(response.body).join('\n')).toMatch(/Only the committee/)
      expect(JSON.stringify(response.body)).not.toMatch(/byStatus|fees/)
    }
  })

  it('anonymous: 401, saying to log in', async () => {
    const response = await stats(competitionId)
    expect(response.status).toBe(401)
    expect(errorMessages(response.body).join('\n')).toMatch(/Log in as a committee member/)
  })

  it('an unknown id: 404 with a sentence, for the committee; still 403 for others', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await stats(id, committee.token)
      expect(response.status).toBe(404)
      expect(errorMessages(response.body).join('\n')).toMatch(/No competition has the id/)
    }
    expect((await stats('00000000-0000-4000-8000-000000000000', participant.token)).status).toBe(403)
  })
})
