import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sweepReminders } from '../../src/reminders/sweep'
import { settleJobs } from '../helpers/announcements'
import { SERVER_URL, startApp, type TestApp, type TestUser } from '../helpers/app'
import { daysFromNow } from '../helpers/fixtures'
import { joinTeam } from '../helpers/invitations'
import { judgedCompetition, openStage, uploadSubmissionFile } from '../helpers/judging'
import { registrationBody } from '../helpers/registrations'

const HOUR = 3_600_000

let app: TestApp
let committee: TestUser
let registrationClosesAt: string
let stageClosesAt: string
let judgingClosesAt: string
const people: Record<string, TestUser> = {}

/** A team registered by a new leader with one member who accepted; returns its id. */
const team = async (name: string, options: { institution?: string; status?: string; withdraw?: boolean } = {}) => {
  const leader = await app.createUser('participant')
  const body = await registrationBody(app, leader, { id: competitionId }, { institution: options.institution, members: 2 })
  const created = await app.rest.post('/registrations', { body, token: leader.token })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  people[`${name}Leader`] = leader
  people[`${name}Member`] = await joinTeam(app, body.members[1].email)
  const id = created.body.doc.id as string
  if (options.status) {
    const review = await app.rest.patch(`/registrations/${id}`, {
      body: { reviewNote: 'Upload a readable student card.', status: options.status },
      token: committee.token,
    })
    expect(review.status, JSON.stringify(review.body)).toBe(200)
  }
  if (options.withdraw) {
    expect((await app.rest.patch(`/registrations/${id}`, { body: { status: 'withdrawn' }, token: leader.token })).status).toBe(200)
  }
  return id
}

let competitionId: string

const sweepAt = async (iso: string, hoursBefore = 12) => {
  const req = await createLocalReq({}, app.payload)
  const queued = await sweepReminders(req, new Date(new Date(iso).getTime() - hoursBefore * HOUR), SERVER_URL)
  await settleJobs(app)
  return queued
}

const reminded = (subject: string) =>
  Object.entries(people)
    .filter(([, person]) => app.mailbox.for(person.user.email).some((email) => email.subject.includes(subject)))
    .map(([name]) => name)
    .sort()

const countOf = (person: TestUser, subject: string) =>
  app.mailbox.for(person.user.email).filter((email) => email.subject.includes(subject)).length

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  people.idleJudge = await app.createUser('judge')
  people.doneJudge = await app.createUser('judge')
  people.sameInstitutionJudge = await app.createUser('judge', { institution: 'Universitas Gadjah Mada' })
  people.otherCompetitionJudge = await app.createUser('judge')
  registrationClosesAt = daysFromNow(2)
  stageClosesAt = daysFromNow(4)
  judgingClosesAt = daysFromNow(6)
  const competition = await judgedCompetition(
    app,
    committee,
    [people.idleJudge, people.doneJudge, people.sameInstitutionJudge],
    [openStage({ closesAt: stageClosesAt, judgingClosesAt })],
  )
  competitionId = competition.id
  await app.rest.patch(`/competitions/${competitionId}`, { body: { registrationClosesAt }, token: committee.token })
  await judgedCompetition(app, committee, [people.otherCompetitionJudge], [openStage({ closesAt: stageClosesAt, judgingClosesAt })])

  await team('pending')
  await team('revising', { status: 'needs-revision' })
  const submitted = await team('submitted', { institution: 'Universitas Gadjah Mada', status: 'verified' })
  await team('idle', { status: 'verified' })
  await team('withdrawn', { withdraw: true })

  const file = await uploadSubmissionFile(app, people.submittedLeader)
  const submission = await app.rest.post('/submissions', {
    body: { file: file.id, registration: submitted, stage: 'preliminary' },
    token: people.submittedLeader.token,
  })
  expect(submission.status, JSON.stringify(submission.body)).toBe(201)
  const score = await app.rest.post('/scores', {
    body: {
      criteria: [
        { criterion: 'Innovation', score: 7 },
        { criterion: 'Execution', score: 4 },
      ],
      submission: submission.body.doc.id,
    },
    token: people.doneJudge.token,
  })
  expect(score.status, JSON.stringify(score.body)).toBe(201)
  await settleJobs(app)
})

afterAll(async () => {
  await app?.close()
})

describe('reminders', () => {
  it('nothing is due two days before any deadline', async () => {
    expect(await sweepAt(registrationClosesAt, 48)).toEqual([])
  })

  it('24 h before registration closes: every account on teams pending or asked to revise, once', async () => {
    const queued = await sweepAt(registrationClosesAt)
    expect(queued).toHaveLength(4)
    expect(reminded('Registration closes')).toEqual(['pendingLeader', 'pendingMember', 'revisingLeader', 'revisingMember'])
    expect(await sweepAt(registrationClosesAt, 6)).toEqual([])
    for (const name of ['pendingLeader', 'pendingMember', 'revisingLeader', 'revisingMember'])
      expect(countOf(people[name], 'Registration closes')).toBe(1)
  })

  it('24 h before a stage closes: every account on eligible teams that have not submitted, once', async () => {
    // Two sweeps at once (as on two instances): the unique key lets one of them send each reminder.
    const [first, second] = await Promise.all([sweepAt(stageClosesAt), sweepAt(stageClosesAt, 11)])
    expect(first.length + second.length).toBe(2)
    expect(reminded('submissions close')).toEqual(['idleLeader', 'idleMember'])
    expect(await sweepAt(stageClosesAt, 3)).toEqual([])
    expect(countOf(people.idleLeader, 'submissions close')).toBe(1)
  })

  it('24 h before judging closes: judges of the competition with unscored work they may score, once', async () => {
    const queued = await sweepAt(judgingClosesAt)
    expect(queued).toHaveLength(1)
    expect(reminded('judging closes')).toEqual(['idleJudge'])
    expect(await sweepAt(judgingClosesAt, 1)).toEqual([])
    expect(countOf(people.idleJudge, 'judging closes')).toBe(1)
  })

  it('records each reminder, for the committee only', async () => {
    const asCommittee = await app.rest.get('/reminder-deliveries?limit=50', { token: committee.token })
    expect(asCommittee.status).toBe(200)
    expect(asCommittee.body.totalDocs).toBe(7)
    for (const person of [people.pendingLeader, people.idleJudge]) {
      expect((await app.rest.get('/reminder-deliveries', { token: person.token })).status).toBe(403)
      expect((await app.rest.post('/reminder-deliveries', { body: { key: 'x' }, token: person.token })).status).toBe(403)
    }
    const gql = await app.graphql('{ ReminderDeliveries { totalDocs } }', {}, people.pendingLeader.token)
    expect(gql.body.data?.ReminderDeliveries ?? null).toBeNull()
  })

  it('keeps the scheduler’s bookkeeping away from the API', async () => {
    for (const token of [people.pendingLeader.token, committee.token]) {
      expect((await app.rest.get('/globals/payload-jobs-stats', { token })).status).toBe(403)
      expect((await app.rest.post('/globals/payload-jobs-stats', { body: { stats: {} }, token })).status).toBe(403)
    }
  })
})
