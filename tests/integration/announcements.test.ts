import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dispatchDueAnnouncements } from '../../src/announcements/dispatch'
import { ANNOUNCEMENT_ATTEMPTS, sendAnnouncementTask } from '../../src/jobs/sendAnnouncement'
import { richText, settleJobs } from '../helpers/announcements'
import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { daysFromNow } from '../helpers/fixtures'
import { joinTeam } from '../helpers/invitations'
import { publishCompetition, register, registrationBody } from '../helpers/registrations'

let app: TestApp
let committee: TestUser
let judge: TestUser
let verifiedLeader: TestUser
let verifiedMember: TestUser
let pendingLeader: TestUser
let outsider: TestUser
let competitionId: string
let verifiedTeamId: string

const post = (body: Record<string, unknown>, token: string | undefined = committee.token) =>
  app.rest.post('/announcements', {
    body: { audience: 'verified', body: richText('Bring your student card.'), competition: competitionId, ...body },
    token,
  })

const emailsTitled = (to: string, title: string) => app.mailbox.for(to).filter((email) => email.subject.includes(title))

/** Waits for the announcement's counts (as the committee reads them) to reach `sent` + `failed`. */
const countsOnceSettled = async (id: string) => {
  await settleJobs(app)
  const { body } = await app.rest.get(`/announcements/${id}`, { token: committee.token })
  return { failed: body.failed, queued: body.queued, sent: body.sent }
}

const gql = (query: string, token?: string) => app.graphql(query, {}, token)

beforeAll(async () => {
  // The announcements sweep on its schedule, as the server runs it (startApp leaves schedules off).
  app = await startApp({ env: { JOBS_SCHEDULES: 'true' } })
  committee = await app.createUser('committee')
  judge = await app.createUser('judge')
  outsider = await app.createUser('participant')
  const competition = await publishCompetition(app, committee, {
    judges: [judge.user.id],
    stages: [
      { closesAt: daysFromNow(14), key: 'preliminary', name: 'Preliminary', opensAt: daysFromNow(8) },
      { closesAt: daysFromNow(30), eligibility: 'advanced', key: 'final', name: 'Final', opensAt: daysFromNow(20) },
    ],
  })
  competitionId = competition.id
  // A verified team: its leader and a member who accepted the invitation.
  verifiedLeader = await app.createUser('participant')
  const body = await registrationBody(app, verifiedLeader, competition, { members: 2 })
  const created = await app.rest.post('/registrations', { body, token: verifiedLeader.token })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  verifiedTeamId = created.body.doc.id
  verifiedMember = await joinTeam(app, body.members[1].email)
  const verified = await app.rest.patch(`/registrations/${verifiedTeamId}`, { body: { status: 'verified' }, token: committee.token })
  expect(verified.status, JSON.stringify(verified.body)).toBe(200)
  // A pending team.
  pendingLeader = await app.createUser('participant')
  expect((await register(app, pendingLeader, competition, { members: 1 })).status).toBe(201)
  await settleJobs(app)
})

afterAll(async () => {
  await app?.close()
})

describe('an announcement to verified teams', () => {
  let id: string
  const title = 'Technical meeting on Friday'

  beforeAll(async () => {
    const response = await post({ body: richText('Bring your student card.', 'Room 3.1 at <b>09:00</b>.'), title })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    id = response.body.doc.id
    // The save queues the emails; it does not wait for them.
    expect(response.body.doc.queued).toBe(2)
    expect(response.body.doc.dispatchedAt).toBeTruthy()
  })

  it('emails each member of a verified team exactly once, and nobody else', async () => {
    const leaderEmail = await app.mailbox.waitFor(verifiedLeader.user.email, (email) => email.subject.includes(title))
    await app.mailbox.waitFor(verifiedMember.user.email, (email) => email.subject.includes(title))
    expect(await countsOnceSettled(id)).toEqual({ failed: 0, queued: 0, sent: 2 })
    expect(emailsTitled(verifiedLeader.user.email, title)).toHaveLength(1)
    expect(emailsTitled(verifiedMember.user.email, title)).toHaveLength(1)
    expect(emailsTitled(pendingLeader.user.email, title)).toHaveLength(0)
    expect(emailsTitled(judge.user.email, title)).toHaveLength(0)
    expect(emailsTitled(outsider.user.email, title)).toHaveLength(0)
    // The rich text arrives as HTML and as text, its markup-like words escaped.
    expect(leaderEmail.html).toContain('Bring your student card.')
    expect(leaderEmail.html).toContain('&lt;b&gt;09:00&lt;/b&gt;')
    expect(leaderEmail.text).toContain('Room 3.1 at <b>09:00</b>.')
  })

  it('keeps one delivery per recipient, and a second sweep or an edit sends nothing more', async () => {
    await countsOnceSettled(id)
    const req = await createLocalReq({}, app.payload)
    expect(await dispatchDueAnnouncements(req, new Date())).toBe(0)
    const edited = await app.rest.patch(`/announcements/${id}`, { body: { title: `${title} (room changed)` }, token: committee.token })
    expect(edited.status).toBe(200)
    await app.payload.jobs.run()
    expect(await countsOnceSettled(id)).toEqual({ failed: 0, queued: 0, sent: 2 })
    expect(emailsTitled(verifiedLeader.user.email, title)).toHaveLength(1)
    const deliveries = await app.rest.get(`/announcement-deliveries?where[announcement][equals]=${id}&limit=10`, { token: committee.token })
    expect(deliveries.status).toBe(200)
    expect(deliveries.body.docs.map((doc: { status: string }) => doc.status)).toEqual(['sent', 'sent'])
  })

  it('is read by its audience only (REST and GraphQL)', async () => {
    const forLeader = await app.rest.get(`/announcements/${id}`, { token: verifiedLeader.token })
    expect(forLeader.status).toBe(200)
    // Counts are the committee's.
    expect(forLeader.body.queued).toBeUndefined()
    expect(forLeader.body.sent).toBeUndefined()
    expect((await app.rest.get(`/announcements/${id}`, { token: verifiedMember.token })).status).toBe(200)
    for (const token of [pendingLeader.token, outsider.token, judge.token, undefined]) {
      expect((await app.rest.get(`/announcements/${id}`, { token })).status).toBe(404)
      const list = await app.rest.get(`/announcements?where[id][equals]=${id}`, { token })
      expect(list.status).toBe(200)
      expect(list.body.totalDocs).toBe(0)
      const listed = await gql(`{ Announcements(where: { id: { equals: "${id}" } }) { totalDocs docs { title } } }`, token)
      expect(listed.body.data?.Announcements?.totalDocs ?? 0).toBe(0)
      const one = await gql(`{ Announcement(id: "${id}") { title } }`, token)
      expect(one.body.data?.Announcement ?? null).toBeNull()
    }
    const leaderGql = await gql(`{ Announcement(id: "${id}") { title } }`, verifiedLeader.token)
    expect(leaderGql.body.data?.Announcement?.title).toContain(title)
  })

  it('loses its readers when their team leaves the audience', async () => {
    const team = await app.rest.patch(`/registrations/${verifiedTeamId}`, { body: { status: 'withdrawn' }, token: verifiedLeader.token })
    try {
      expect(team.status, JSON.stringify(team.body)).toBe(200)
      expect((await app.rest.get(`/announcements/${id}`, { token: verifiedMember.token })).status).toBe(404)
    } finally {
      // Withdrawn is final through every API; put the team back below them for the next tests.
      await app.payload.db.updateOne({ collection: 'registrations', data: { status: 'verified' }, id: verifiedTeamId })
    }
  })
})

describe('who may write announcements', () => {
  it('refuses participants, judges and anonymous requests on REST and GraphQL', async () => {
    const existing = await post({ title: 'Committee only' })
    expect(existing.status).toBe(201)
    const id = existing.body.doc.id
    for (const token of [verifiedLeader.token, judge.token, outsider.token, '']) {
      const created = await app.rest.post('/announcements', {
        body: { audience: 'public', body: richText('x'), competition: competitionId, title: 'Sneaky' },
        token: token || undefined,
      })
      expect(created.status).toBe(403)
      expect((await app.rest.patch(`/announcements/${id}`, { body: { title: 'Changed' }, token })).status).toBe(403)
      expect((await app.rest.delete(`/announcements/${id}`, { token })).status).toBe(403)
      const mutation = await gql(
        `mutation { createAnnouncement(data: { title: "Sneaky", competition: "${competitionId}", audience: public, body: ${JSON.stringify(
          JSON.stringify(richText('x')),
        )} }) { id } }`,
        token,
      )
      expect(mutation.body.errors?.length ?? 0).toBeGreaterThan(0)
      expect(
        (await gql(`mutation { updateAnnouncement(id: "${id}", data: { title: "Changed" }) { id } }`, token)).body.errors?.length,
      ).toBeGreaterThan(0)
      expect((await gql(`mutation { deleteAnnouncement(id: "${id}") { id } }`, token)).body.errors?.length).toBeGreaterThan(0)
    }
    const stored = await app.payload.find({ collection: 'announcements', where: { title: { in: ['Sneaky', 'Changed'] } } })
    expect(stored.totalDocs).toBe(0)
    expect((await app.rest.get(`/announcements/${id}`, { token: committee.token })).body.title).toBe('Committee only')
  })

  it('refuses everyone but the server on deliveries, and hides them from participants', async () => {
    const announcement = (await app.payload.find({ collection: 'announcements', limit: 1 })).docs[0].id
    for (const token of [verifiedLeader.token, judge.token, committee.token]) {
      const created = await app.rest.post('/announcement-deliveries', { body: { announcement, user: verifiedLeader.user.id }, token })
      expect(created.status).toBe(403)
    }
    const list = await app.rest.get('/announcement-deliveries', { token: verifiedLeader.token })
    expect(list.status).toBe(403)
  })

  it('asks which stage for teams advanced into a stage, and checks it is one of the competition', async () => {
    const missing = await post({ audience: 'advanced', title: 'Finalists' })
    expect(missing.status).toBe(400)
    expect(errorMessages(missing.body).join(' ')).toContain('stage')
    const unknown = await post({ audience: 'advanced', stage: 'semifinal', title: 'Finalists' })
    expect(unknown.status).toBe(400)
  })
})

describe('bad input', () => {
  it('is a 400 naming the field, never a 500, and stores nothing', async () => {
    const before = (await app.payload.count({ collection: 'announcements' })).totalDocs
    for (const body of [
      { audience: 'everyone', title: 'Bad audience' },
      { body: 'plain text', title: 'Bad body' },
      { competition: '00000000-0000-4000-8000-000000000000', title: 'No such competition' },
      { publishAt: 'tomorrow-ish', title: 'Bad date' },
      { title: '' },
      { queued: 'many', title: 'Counter type' },
    ]) {
      const response = await post(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      if (body.competition) expect(errorMessages(response.body).join(' ')).toContain('competition')
    }
    expect((await app.payload.count({ collection: 'announcements' })).totalDocs).toBe(before)
    for (const query of [
      'where[publishAt][less_than]=not-a-date',
      'where[audience][in]=public&where[audience][in]=verified',
      'where[stage][exists]=maybe',
      'sort=-queued',
      'where[queued][greater_than]=0',
    ]) {
      const response = await app.rest.get(`/announcements?${query}`, { token: verifiedLeader.token })
      expect(response.status, query).toBeLessThan(500)
    }
  })

  it('drops server counters from a committee body and keeps no stage for other audiences', async () => {
    const response = await post({
      audience: 'judges',
      dispatchedAt: daysFromNow(-3),
      queued: 99,
      sent: 99,
      stage: 'final',
      title: 'Counters',
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc).toMatchObject({ queued: 1, sent: 0, stage: null })
    await settleJobs(app)
  })
})

describe('other audiences', () => {
  it('teams advanced into a stage: only their members are emailed and read it', async () => {
    const advanced = await app.rest.patch(`/registrations/${verifiedTeamId}`, {
      body: { progress: [{ advancedAt: new Date().toISOString(), stage: 'final' }] },
      token: committee.token,
    })
    expect(advanced.status, JSON.stringify(advanced.body)).toBe(200)
    const title = 'Finalists: your pitch slot'
    const response = await post({ audience: 'advanced', stage: 'final', title })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    await app.mailbox.waitFor(verifiedMember.user.email, (email) => email.subject.includes(title))
    expect(await countsOnceSettled(response.body.doc.id)).toEqual({ failed: 0, queued: 0, sent: 2 })
    expect(emailsTitled(pendingLeader.user.email, title)).toHaveLength(0)
    expect((await app.rest.get(`/announcements/${response.body.doc.id}`, { token: verifiedLeader.token })).status).toBe(200)
    expect((await app.rest.get(`/announcements/${response.body.doc.id}`, { token: pendingLeader.token })).status).toBe(404)
  })

  it('judges: the competition’s judges only', async () => {
    const title = 'Judges: calibration call'
    const response = await post({ audience: 'judges', title })
    expect(response.status).toBe(201)
    await app.mailbox.waitFor(judge.user.email, (email) => email.subject.includes(title))
    expect(await countsOnceSettled(response.body.doc.id)).toEqual({ failed: 0, queued: 0, sent: 1 })
    expect(emailsTitled(verifiedLeader.user.email, title)).toHaveLength(0)
    expect((await app.rest.get(`/announcements/${response.body.doc.id}`, { token: judge.token })).status).toBe(200)
    expect((await app.rest.get(`/announcements/${response.body.doc.id}`, { token: verifiedLeader.token })).status).toBe(404)
    // The committee deletes it: its delivery rows go with it.
    expect((await app.rest.delete(`/announcements/${response.body.doc.id}`, { token: committee.token })).status).toBe(200)
    const left = await app.payload.count({
      collection: 'announcement-deliveries',
      where: { announcement: { equals: response.body.doc.id } },
    })
    expect(left.totalDocs).toBe(0)
  })

  it('public: anyone reads it; everyone registered is emailed', async () => {
    const title = 'Venue moved to the main hall'
    const response = await post({ audience: 'public', title })
    expect(response.status).toBe(201)
    const id = response.body.doc.id
    expect((await app.rest.get(`/announcements/${id}`)).status).toBe(200)
    expect((await app.rest.get(`/announcements/${id}`, { token: outsider.token })).status).toBe(200)
    const anonymous = await gql(`{ Announcements(where: { id: { equals: "${id}" } }) { totalDocs } }`)
    expect(anonymous.body.data?.Announcements?.totalDocs).toBe(1)
    await app.mailbox.waitFor(pendingLeader.user.email, (email) => email.subject.includes(title))
    expect(await countsOnceSettled(id)).toEqual({ failed: 0, queued: 0, sent: 3 })
    expect(emailsTitled(outsider.user.email, title)).toHaveLength(0)
    expect(emailsTitled(judge.user.email, title)).toHaveLength(0)
  })
})

describe('a scheduled announcement', () => {
  it('is swept by a job the server schedules itself (jobs.autoRun runs the task schedules)', async () => {
    const deadline = Date.now() + 15_000
    let scheduled = 0
    while (scheduled === 0 && Date.now() < deadline) {
      scheduled = (
        await app.payload.count({
          collection: 'payload-jobs',
          where: { and: [{ taskSlug: { equals: 'publishDueAnnouncements' } }, { 'meta.scheduled': { equals: true } }] },
        })
      ).totalDocs
      if (scheduled === 0) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(scheduled).toBeGreaterThan(0)
  })

  it('is neither readable nor emailed before its time, then goes out once with the sweep', async () => {
    const title = 'Results day schedule'
    const response = await post({ audience: 'registered', publishAt: daysFromNow(1), title })
    expect(response.status).toBe(201)
    const id = response.body.doc.id
    expect(response.body.doc.dispatchedAt ?? null).toBeNull()
    expect((await app.rest.get(`/announcements/${id}`, { token: verifiedLeader.token })).status).toBe(404)
    expect((await app.rest.get(`/announcements?where[id][equals]=${id}`, { token: pendingLeader.token })).body.totalDocs).toBe(0)
    const req = await createLocalReq({}, app.payload)
    expect(await dispatchDueAnnouncements(req, new Date())).toBe(0)
    await app.payload.jobs.run()
    await settleJobs(app)
    expect(emailsTitled(verifiedLeader.user.email, title)).toHaveLength(0)
    expect((await app.payload.count({ collection: 'announcement-deliveries', where: { announcement: { equals: id } } })).totalDocs).toBe(0)

    // Its time comes (moved back without the hooks, as the clock would): the scheduled sweep queues it.
    await app.payload.db.updateOne({ collection: 'announcements', data: { publishAt: new Date(Date.now() - 1000).toISOString() }, id })
    expect((await app.rest.get(`/announcements/${id}`, { token: verifiedLeader.token })).status).toBe(200)
    await app.payload.jobs.queue({ input: {}, task: 'publishDueAnnouncements' })
    await app.payload.jobs.run()
    for (const user of [verifiedLeader, verifiedMember, pendingLeader]) {
      await app.mailbox.waitFor(user.user.email, (email) => email.subject.includes(title))
    }
    expect(await countsOnceSettled(id)).toEqual({ failed: 0, queued: 0, sent: 3 })
    await app.payload.jobs.queue({ input: {}, task: 'publishDueAnnouncements' })
    await app.payload.jobs.run()
    await settleJobs(app)
    for (const user of [verifiedLeader, verifiedMember, pendingLeader]) expect(emailsTitled(user.user.email, title)).toHaveLength(1)
  })
})

describe('a delivery that keeps failing', () => {
  it('counts as failed after the last attempt, and is not retried into a second email', async () => {
    const title = 'Mail server trouble'
    const response = await post({ audience: 'verified', publishAt: daysFromNow(1), title })
    const id = response.body.doc.id
    // A queued delivery with no job of its own, so only this test's call sends it.
    await app.payload.create({
      collection: 'announcement-deliveries',
      data: { announcement: id, status: 'queued', user: verifiedLeader.user.id },
    })
    await settleJobs(app)
    const task = sendAnnouncementTask({
      emailFrom: 'ContestKit Test <no-reply@contestkit.test>',
      serverUrl: 'http://localhost:3000',
      smtp: undefined,
    })
    const handler = task.handler as (args: unknown) => Promise<unknown>
    const req = await createLocalReq({}, app.payload)
    const input = { announcementId: id, userId: verifiedLeader.user.id }
    await app.mailbox.stop()
    try {
      await expect(handler({ input, job: { totalTried: 0 }, req })).rejects.toThrow()
      const { body: early } = await app.rest.get(`/announcements/${id}`, { token: committee.token })
      expect(early.failed).toBe(0)
      await expect(handler({ input, job: { totalTried: ANNOUNCEMENT_ATTEMPTS }, req })).rejects.toThrow()
    } finally {
      await app.mailbox.start()
    }
    const { body } = await app.rest.get(`/announcements/${id}`, { token: committee.token })
    expect({ failed: body.failed, queued: body.queued, sent: body.sent }).toEqual({ failed: 1, queued: 0, sent: 0 })
    await handler({ input, job: { totalTried: 0 }, req })
    expect(emailsTitled(verifiedLeader.user.email, title)).toHaveLength(0)
  })
})
