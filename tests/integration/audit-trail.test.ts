import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { RegistrationTimeline } from '../../src/components/admin/RegistrationTimeline'
import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { judgedCompetition, openStage, uploadSubmissionFile, verifiedTeam } from '../helpers/judging'
import { publishCompetition, register } from '../helpers/registrations'

/**
 * Issue 10, audit trail: each change that matters is recorded through the API with its actor,
 * before and after, in the change's transaction; nobody writes, rewrites or deletes an event
 * through REST or GraphQL (admins included); only the committee reads them; and an event still
 * says who acted after that account is deleted.
 */

let app: TestApp
let admin: TestUser
let committee: TestUser
let judge: TestUser
let participant: TestUser

beforeAll(async () => {
  app = await startApp()
  admin = await app.createUser('admin')
  committee = await app.createUser('committee')
  judge = await app.createUser('judge')
  participant = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
})

type Event = {
  action: string
  actor: null | string | { id: string }
  actorEmail: null | string
  actorName: null | string
  actorRole: null | string
  after: any
  before: any
  collectionSlug: string
  documentId: string
  id: string
}

/** A document's events, oldest first, read by the committee through REST. */
const eventsOf = async (documentId: string, action?: string): Promise<Event[]> => {
  const filter = action ? `&where[action][equals]=${action}` : ''
  const response = await app.rest.get(`/audit-events?where[documentId][equals]=${documentId}${filter}&sort=createdAt&limit=100&depth=0`, {
    token: committee.token,
  })
  expect(response.status).toBe(200)
  return response.body.docs
}

const actorOf = (event: Event) => (event.actor && typeof event.actor === 'object' ? event.actor.id : event.actor)

const expectActor = (event: Event, user: TestUser) => {
  expect(actorOf(event)).toBe(user.user.id)
  expect(event.actorEmail).toBe(user.user.email)
  expect(event.actorName).toBe(user.user.name)
  expect(event.actorRole).toBe(user.user.role)
}

const patch = (path: string, body: unknown, user: TestUser) => app.rest.patch(path, { body, token: user.token })

describe('registrations', () => {
  it('records the registration, a review (who, note, status), the team’s own edit and the committee’s', async () => {
    const competition = await publishCompetition(app, committee)
    const leader = await app.createUser('participant')
    const created = await register(app, leader, competition, { teamName: 'Kopi Tubruk' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string
    const [registered] = await eventsOf(id, 'registration-created')
    expectActor(registered, leader)
    expect(registered.after).toMatchObject({ feeDue: 100000, status: 'pending', teamName: 'Kopi Tubruk' })

    // Refused: a revision needs a note. Nothing is recorded.
    expect((await patch(`/registrations/${id}`, { status: 'needs-revision' }, committee)).status).toBe(400)
    expect(await eventsOf(id, 'status-changed')).toEqual([])

    expect((await patch(`/registrations/${id}`, { reviewNote: 'KTM is blurry', status: 'needs-revision' }, committee)).status).toBe(200)
    const [review] = await eventsOf(id, 'status-changed')
    expectActor(review, committee)
    expect(review.before).toEqual({ reviewedBy: null, reviewNote: null, status: 'pending' })
    expect(review.after).toEqual({ reviewedBy: committee.user.id, reviewNote: 'KTM is blurry', status: 'needs-revision' })

    // The team fixes its details: back to pending, and the change of name is recorded.
    expect((await patch(`/registrations/${id}`, { teamName: 'Kopi Susu' }, leader)).status).toBe(200)
    const statuses = await eventsOf(id, 'status-changed')
    expect(statuses.map((event) => [event.before.status, event.after.status, actorOf(event)])).toEqual([
      ['pending', 'needs-revision', committee.user.id],
      ['needs-revision', 'pending', leader.user.id],
    ])
    const [teamEdit] = await eventsOf(id, 'team-changed')
    expectActor(teamEdit, leader)
    expect([teamEdit.before, teamEdit.after]).toEqual([{ teamName: 'Kopi Tubruk' }, { teamName: 'Kopi Susu' }])

    // A note alone.
    expect((await patch(`/registrations/${id}`, { reviewNote: 'Thanks, checking again' }, committee)).status).toBe(200)
    const [note] = await eventsOf(id, 'review-note-changed')
    expectActor(note, committee)
    expect(note.before.reviewNote).toBe('KTM is blurry')
    expect(note.after.reviewNote).toBe('Thanks, checking again')

    // The committee corrects the institution and a member's name.
    const current = await app.payload.findByID({ collection: 'registrations', depth: 0, id })
    const members = (current.members ?? []).map((member, index) => (index === 1 ? { ...member, name: 'Siti Rahayu' } : member))
    expect((await patch(`/registrations/${id}`, { institution: 'Institut Teknologi Bandung', members }, committee)).status).toBe(200)
    const edits = await eventsOf(id, 'team-changed')
    expect(edits).toHaveLength(2)
    expectActor(edits[1], committee)
    expect(edits[1].after.institution).toBe('Institut Teknologi Bandung')
    expect(edits[1].before.members[1].name).toBe('Member 1')
    expect(edits[1].after.members[1].name).toBe('Siti Rahayu')
    expect(Object.keys(edits[1].after).sort()).toEqual(['institution', 'members'])

    // Saving without a change records nothing.
    const before = (await eventsOf(id)).length
    expect((await patch(`/registrations/${id}`, { teamName: 'Kopi Susu' }, committee)).status).toBe(200)
    expect(await eventsOf(id)).toHaveLength(before)
  })

  it('a change that fails after it was written leaves no event (one transaction)', async () => {
    const competition = await publishCompetition(app, committee)
    const leader = await app.createUser('participant')
    const id = (await register(app, leader, competition)).body.doc.id as string
    // Queuing the "verified" email fails, after the status and its event were written.
    const queue = vi.spyOn(app.payload.jobs, 'queue').mockRejectedValueOnce(new Error('queue unavailable'))
    try {
      const response = await patch(`/registrations/${id}`, { status: 'verified' }, committee)
      expect(response.status).toBeGreaterThanOrEqual(500)
    } finally {
      queue.mockRestore()
    }
    expect((await app.payload.findByID({ collection: 'registrations', id })).status).toBe('pending')
    expect(await eventsOf(id, 'status-changed')).toEqual([])
  })

  it('a waitlisted team promoted into a freed place is recorded with no actor: the server did it', async () => {
    const competition = await publishCompetition(app, committee, { fee: 0, quota: 1, waitlist: true })
    const first = (await register(app, await app.createUser('participant'), competition)).body.doc.id as string
    const waiting = await register(app, await app.createUser('participant'), competition)
    expect(waiting.body.doc.status).toBe('waitlisted')
    expect((await patch(`/registrations/${first}`, { reviewNote: 'Not students', status: 'rejected' }, committee)).status).toBe(200)

    const [rejected] = await eventsOf(first, 'status-changed')
    expectActor(rejected, committee)
    expect(rejected.after).toMatchObject({ reviewNote: 'Not students', status: 'rejected' })
    const [promoted] = await eventsOf(waiting.body.doc.id, 'status-changed')
    expect([promoted.before.status, promoted.after.status]).toEqual(['waitlisted', 'pending'])
    expect(promoted.actor).toBeNull()
    expect([promoted.actorName, promoted.actorEmail, promoted.actorRole]).toEqual([null, null, null])
  })
})

describe('judging', () => {
  let competitionId: string
  let registrationId: string
  let submissionId: string
  let scoreId: string

  beforeAll(async () => {
    const final = openStage({
      closesAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      eligibility: 'advanced',
      key: 'final',
      name: 'Final',
      opensAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    })
    const competition = await judgedCompetition(app, committee, [judge], [openStage(), final])
    competitionId = competition.id
    const team = await verifiedTeam(app, committee, competition)
    registrationId = team.registrationId
    const file = await uploadSubmissionFile(app, team.leader)
    const submission = await app.rest.post('/submissions', {
      body: { file: file.id, registration: registrationId, stage: 'preliminary' },
      token: team.leader.token,
    })
    expect(submission.status).toBe(201)
    submissionId = submission.body.doc.id
  })

  const criteria = (innovation: number, execution: number) => [
    { criterion: 'Innovation', score: innovation },
    { criterion: 'Execution', score: execution },
  ]

  it('records a score given, changed (total and criteria) and deleted, by whom', async () => {
    const given = await app.rest.post('/scores', { body: { criteria: criteria(8, 4), submission: submissionId }, token: judge.token })
    expect(given.status).toBe(201)
    scoreId = given.body.doc.id
    const [created] = await eventsOf(scoreId, 'score-created')
    expectActor(created, judge)
    expect(created.collectionSlug).toBe('scores')
    expect(created.after).toMatchObject({
      criteria: criteria(8, 4),
      judge: judge.user.id,
      registration: registrationId,
      stage: 'preliminary',
      submission: submissionId,
      total: given.body.doc.total,
    })

    // A score out of range is refused and recorded nowhere.
    expect((await patch(`/scores/${scoreId}`, { criteria: criteria(11, 4) }, judge)).status).toBe(400)
    expect(await eventsOf(scoreId, 'score-changed')).toEqual([])

    const changed = await patch(`/scores/${scoreId}`, { criteria: criteria(6, 5) }, judge)
    expect(changed.status).toBe(200)
    const [change] = await eventsOf(scoreId, 'score-changed')
    expectActor(change, judge)
    expect(change.before).toMatchObject({ criteria: criteria(8, 4), submission: submissionId, total: given.body.doc.total })
    expect(change.after).toMatchObject({ criteria: criteria(6, 5), submission: submissionId, total: changed.body.doc.total })
    expect(change.after.total).not.toBe(change.before.total)
  })

  it('records teams advanced into the next stage by the committee', async () => {
    const response = await app.rest.post(`/competitions/${competitionId}/stages/preliminary/advance`, {
      body: { registrations: [registrationId] },
      token: committee.token,
    })
    expect(response.status).toBe(200)
    const [advanced] = await eventsOf(registrationId, 'team-advanced')
    expectActor(advanced, committee)
    expect([advanced.before, advanced.after]).toEqual([{ progress: [] }, { progress: ['final'] }])
    // Advancing again changes nothing and records nothing.
    await app.rest.post(`/competitions/${competitionId}/stages/preliminary/advance`, {
      body: { registrations: [registrationId] },
      token: committee.token,
    })
    expect(await eventsOf(registrationId, 'team-advanced')).toHaveLength(1)
  })

  it('records results published and withdrawn, per stage', async () => {
    const publish = (published: boolean, user = committee) =>
      app.rest.post(`/competitions/${competitionId}/stages/preliminary/publish`, { body: { published }, token: user.token })
    expect((await publish(true, judge)).status).toBe(403)
    expect(await eventsOf(competitionId, 'results-published')).toEqual([])

    expect((await publish(true)).status).toBe(200)
    expect((await publish(false)).status).toBe(200)
    const [published] = await eventsOf(competitionId, 'results-published')
    const [withdrawn] = await eventsOf(competitionId, 'results-withdrawn')
    expectActor(published, committee)
    expectActor(withdrawn, committee)
    expect([published.before, published.after]).toEqual([
      { resultsPublished: false, stage: 'preliminary' },
      { resultsPublished: true, stage: 'preliminary' },
    ])
    expect(withdrawn.after).toEqual({ resultsPublished: false, stage: 'preliminary' })
  })

  it('records deletions of a score and a submission by an admin; others may not delete and leave nothing', async () => {
    expect((await app.rest.delete(`/scores/${scoreId}`, { token: committee.token })).status).toBe(403)
    expect(await eventsOf(scoreId, 'score-deleted')).toEqual([])
    expect((await app.rest.delete(`/scores/${scoreId}`, { token: admin.token })).status).toBe(200)
    const [deletedScore] = await eventsOf(scoreId, 'score-deleted')
    expectActor(deletedScore, admin)
    expect(deletedScore.before).toMatchObject({ criteria: criteria(6, 5), judge: judge.user.id, submission: submissionId })

    expect((await app.rest.delete(`/submissions/${submissionId}`, { token: committee.token })).status).toBe(403)
    expect((await app.rest.delete(`/submissions/${submissionId}`, { token: admin.token })).status).toBe(200)
    const [deletedSubmission] = await eventsOf(submissionId, 'submission-deleted')
    expectActor(deletedSubmission, admin)
    expect(deletedSubmission.before).toMatchObject({ registration: registrationId, stage: 'preliminary' })
  })
})

describe('competitions', () => {
  it('records publishing, unpublishing and fee changes of the live competition; a saved draft records nothing', async () => {
    const competition = await publishCompetition(app, committee, { fee: 100000 })
    const id = competition.id
    const [published] = await eventsOf(id, 'competition-published')
    expectActor(published, committee)

    expect((await patch(`/competitions/${id}`, { fee: 75000 }, committee)).status).toBe(200)
    const [fee] = await eventsOf(id, 'fee-changed')
    expectActor(fee, committee)
    expect([fee.before, fee.after]).toEqual([{ fee: 100000 }, { fee: 75000 }])

    // A draft saved over the published competition changes nothing the public sees yet.
    const draft = await app.rest.patch(`/competitions/${id}?draft=true`, { body: { fee: 50000 }, token: committee.token })
    expect(draft.status).toBe(200)
    expect(await eventsOf(id, 'fee-changed')).toHaveLength(1)
    expect(await eventsOf(id, 'competition-unpublished')).toEqual([])
    // Publishing the draft does.
    expect((await patch(`/competitions/${id}`, { _status: 'published' }, committee)).status).toBe(200)
    const fees = await eventsOf(id, 'fee-changed')
    expect(fees.map((event) => [event.before.fee, event.after.fee])).toEqual([
      [100000, 75000],
      [75000, 50000],
    ])
    expect(await eventsOf(id, 'competition-published')).toHaveLength(1)

    // Unpublishing (Payload's "Unpublish" button sends this) and publishing again.
    expect((await patch(`/competitions/${id}`, { _status: 'draft' }, committee)).status).toBe(200)
    expect((await patch(`/competitions/${id}`, { _status: 'published' }, committee)).status).toBe(200)
    const statusEvents = (await eventsOf(id)).filter((event) => event.action.startsWith('competition-'))
    expect(statusEvents.map((event) => [event.action, event.before?.status ?? null, event.after.status])).toEqual([
      ['competition-published', null, 'published'],
      ['competition-unpublished', 'published', 'draft'],
      ['competition-published', 'draft', 'published'],
    ])
  })

  it('records an admin deleting a competition and a registration', async () => {
    const competition = await publishCompetition(app, committee, { fee: 0 })
    const leader = await app.createUser('participant')
    const registration = (await register(app, leader, competition, { teamName: 'Doomed' })).body.doc
    expect((await app.rest.delete(`/registrations/${registration.id}`, { token: committee.token })).status).toBe(403)
    expect((await app.rest.delete(`/registrations/${registration.id}`, { token: admin.token })).status).toBe(200)
    const [deletedRegistration] = await eventsOf(registration.id, 'registration-deleted')
    expectActor(deletedRegistration, admin)
    expect(deletedRegistration.before).toMatchObject({
      code: registration.code,
      competition: competition.id,
      leader: leader.user.id,
      status: 'pending',
      teamName: 'Doomed',
    })

    expect((await app.rest.delete(`/competitions/${competition.id}`, { token: committee.token })).status).toBe(403)
    expect(await eventsOf(competition.id, 'competition-deleted')).toEqual([])
    expect((await app.rest.delete(`/competitions/${competition.id}`, { token: admin.token })).status).toBe(200)
    const [deletedCompetition] = await eventsOf(competition.id, 'competition-deleted')
    expectActor(deletedCompetition, admin)
    expect(deletedCompetition.before).toMatchObject({ slug: competition.slug, status: 'published', title: competition.title })
  })
})

describe('accounts', () => {
  it('records role changes by an admin; a committee member’s attempt changes and records nothing', async () => {
    const someone = await app.createUser('participant')
    await patch(`/users/${someone.user.id}`, { role: 'admin' }, committee)
    expect((await app.payload.findByID({ collection: 'users', id: someone.user.id })).role).toBe('participant')
    expect(await eventsOf(someone.user.id, 'role-changed')).toEqual([])

    expect((await patch(`/users/${someone.user.id}`, { role: 'judge' }, admin)).status).toBe(200)
    const [role] = await eventsOf(someone.user.id, 'role-changed')
    expectActor(role, admin)
    expect([role.before, role.after]).toEqual([{ role: 'participant' }, { role: 'judge' }])
  })

  it('records email changes by an admin', async () => {
    const someone = await app.createUser('participant')
    expect((await patch(`/users/${someone.user.id}`, { email: `new-${someone.user.email}` }, admin)).status).toBe(200)
    const [email] = await eventsOf(someone.user.id, 'email-changed')
    expectActor(email, admin)
    expect([email.before, email.after]).toEqual([{ email: someone.user.email }, { email: `new-${someone.user.email}` }])
  })

  it('an account deleted by an admin is recorded without secrets, and the events it acted in still say who it was', async () => {
    const reviewer = await app.createUser('committee', { name: 'Rina Reviewer' })
    const competition = await publishCompetition(app, reviewer, { fee: 0 })
    const registration = (await register(app, await app.createUser('participant'), competition)).body.doc
    expect((await patch(`/registrations/${registration.id}`, { status: 'verified' }, reviewer)).status).toBe(200)

    expect((await app.rest.delete(`/users/${reviewer.user.id}`, { token: committee.token })).status).toBe(403)
    expect((await app.rest.delete(`/users/${reviewer.user.id}`, { token: admin.token })).status).toBe(200)

    const [deleted] = await eventsOf(reviewer.user.id, 'user-deleted')
    expectActor(deleted, admin)
    expect(deleted.before).toEqual({ email: reviewer.user.email, institution: null, name: 'Rina Reviewer', role: 'committee' })
    expect(JSON.stringify(deleted)).not.toMatch(/hash|salt|token|password/i)

    for (const [documentId, action] of [
      [registration.id, 'status-changed'],
      [competition.id, 'competition-published'],
    ]) {
      const [event] = await eventsOf(documentId, action)
      expect(event, action).toBeTruthy()
      // The account is gone (the database empties the relationship: ON DELETE SET NULL); who it was is not.
      expect(event.actor).toBeNull()
      expect([event.actorName, event.actorEmail, event.actorRole]).toEqual(['Rina Reviewer', reviewer.user.email, 'committee'])
    }
    const [review] = await eventsOf(registration.id, 'status-changed')
    expect(review.after).toMatchObject({ reviewedBy: reviewer.user.id, status: 'verified' })
  })
})

describe('audit events are written by nobody and read by the committee only', () => {
  let event: Event

  beforeAll(async () => {
    const someone = await app.createUser('participant')
    await patch(`/users/${someone.user.id}`, { institution: 'Universitas Airlangga' }, someone)
    ;[event] = await eventsOf(someone.user.id, 'institution-changed')
    expect(event).toBeTruthy()
  })

  const unchanged = async () => {
    const stored = await app.payload.findByID({ collection: 'audit-events', depth: 0, id: event.id })
    expect(stored.action).toBe('institution-changed')
    expect(stored.after).toEqual({ institution: 'Universitas Airlangga' })
    expect((await app.payload.count({ collection: 'audit-events', where: { action: { equals: 'forged' } } })).totalDocs).toBe(0)
  }

  it('REST: create, update and delete, by id and in bulk, are refused for admin, committee and participant', async () => {
    const forged = { action: 'forged', collectionSlug: 'users', documentId: event.documentId }
    const everyone = `where[id][exists]=true`
    for (const user of [admin, committee, participant]) {
      expect((await app.rest.post('/audit-events', { body: forged, token: user.token })).status, user.user.role).toBe(403)
      expect((await app.rest.patch(`/audit-events/${event.id}`, { body: { action: 'forged' }, token: user.token })).status).toBe(403)
      expect((await app.rest.delete(`/audit-events/${event.id}`, { token: user.token })).status).toBe(403)
      const bulkUpdate = await app.rest.patch(`/audit-events?${everyone}`, { body: { action: 'forged' }, token: user.token })
      expect(bulkUpdate.status, JSON.stringify(bulkUpdate.body)).toBe(403)
      expect((await app.rest.delete(`/audit-events?${everyone}`, { token: user.token })).status).toBe(403)
    }
    expect((await app.rest.post('/audit-events', { body: forged })).status).toBe(403)
    expect((await app.rest.delete(`/audit-events/${event.id}`)).status).toBe(403)
    await unchanged()
  })

  it('GraphQL: no create, update or delete mutation, for anyone', async () => {
    for (const user of [admin, committee, participant]) {
      const create = await app.graphql(
        `mutation { createAuditEvent(data: { action: "forged", collectionSlug: "users", documentId: "1" }) { id } }`,
        {},
        user.token,
      )
      expect(create.body.errors?.length, user.user.role).toBeGreaterThan(0)
      const update = await app.graphql(
        `mutation ($id: String!) { updateAuditEvent(id: $id, data: { action: "forged" }) { id } }`,
        { id: event.id },
        user.token,
      )
      expect(update.body.errors?.length).toBeGreaterThan(0)
      const remove = await app.graphql(`mutation ($id: String!) { deleteAuditEvent(id: $id) { id } }`, { id: event.id }, user.token)
      expect(remove.body.errors?.length).toBeGreaterThan(0)
    }
    await unchanged()
  })

  it("the server's own code cannot rewrite or delete one either (overrideAccess)", async () => {
    await expect(
      app.payload.update({ collection: 'audit-events', data: { action: 'forged' }, id: event.id, overrideAccess: true }),
    ).rejects.toThrow(/permanent record/)
    await expect(app.payload.delete({ collection: 'audit-events', id: event.id, overrideAccess: true })).rejects.toThrow(/permanent record/)
    await expect(app.payload.delete({ collection: 'audit-events', overrideAccess: true, where: { id: { exists: true } } })).rejects.toThrow(
      /permanent record/,
    )
    await unchanged()
  })

  it('reads: participants, judges and anonymous get nothing through REST or GraphQL; the committee reads them', async () => {
    for (const token of [participant.token, judge.token, undefined]) {
      expect((await app.rest.get('/audit-events', { token })).status).toBe(403)
      expect((await app.rest.get(`/audit-events/${event.id}`, { token })).status).toBe(403)
      expect((await app.rest.get('/audit-events/count', { token })).status).toBe(403)
      expect([403, 404]).toContain((await app.rest.get('/audit-events/versions', { token })).status)
      const list = await app.graphql(`{ AuditEvents { docs { action before after } } }`, {}, token)
      expect(list.body.data?.AuditEvents ?? null).toBeNull()
      const one = await app.graphql(`query ($id: String!) { AuditEvent(id: $id) { action } }`, { id: event.id }, token)
      expect(one.body.data?.AuditEvent ?? null).toBeNull()
      const count = await app.graphql(`{ countAuditEvents { totalDocs } }`, {}, token)
      expect(count.body.data?.countAuditEvents ?? null).toBeNull()
    }
    // The admin panel (which judges use) gives a judge no permission on the collection: no list, no document.
    const access = await app.rest.get('/access', { token: judge.token })
    expect(access.status).toBe(200)
    expect(access.body.collections['audit-events']?.read ?? false).toBe(false)

    for (const user of [committee, admin]) {
      expect((await app.rest.get(`/audit-events/${event.id}`, { token: user.token })).status).toBe(200)
      const list = await app.graphql(`{ AuditEvents(limit: 5) { docs { action actorEmail } } }`, {}, user.token)
      expect(list.body.data?.AuditEvents.docs.length).toBeGreaterThan(0)
    }
  })
})

describe("the registration's timeline in the admin panel", () => {
  const timeline = async (user: TestUser, id: string, language = 'en') => {
    const req = await createLocalReq({ user: { ...user.user, collection: 'users' } as never }, app.payload)
    req.i18n = { ...req.i18n, language } as typeof req.i18n
    const element = await RegistrationTimeline({ id, req } as never)
    return element ? renderToStaticMarkup(element) : ''
  }

  it('shows the committee newest first when, who and what changed from what to what, in English and Indonesian', async () => {
    const competition = await publishCompetition(app, committee, { fee: 0 })
    const leader = await app.createUser('participant', { name: 'Citra Ketua' })
    const id = (await register(app, leader, competition, { teamName: 'Kopi Tubruk' })).body.doc.id as string
    await patch(`/registrations/${id}`, { reviewNote: 'KTM buram', status: 'needs-revision' }, committee)
    await patch(`/registrations/${id}`, { teamName: 'Kopi Susu' }, leader)

    const html = await timeline(committee, id)
    const actions = [...html.matchAll(/data-action="([^"]+)"/g)].map((match) => match[1])
    // The team's edit (its name, and back to pending) is newest; both of its events share one moment.
    expect(actions.slice(0, 2).sort()).toEqual(['status-changed', 'team-changed'])
    expect(actions.slice(2)).toEqual(['status-changed', 'registration-created'])
    expect(html).toContain('History')
    expect(html).toContain('Citra Ketua')
    expect(html).toContain(committee.user.name)
    expect(html).toMatch(/Team name: <del>Kopi Tubruk<\/del> → <ins[^>]*>Kopi Susu<\/ins>/)
    expect(html).toMatch(/Status: <del>Pending review<\/del> → <ins[^>]*>Needs revision<\/ins>/)
    expect(html).toMatch(/WIB/)

    const indonesian = await timeline(committee, id, 'id')
    expect(indonesian).toContain('Riwayat')
    expect(indonesian).toMatch(/Status: <del>Menunggu pemeriksaan<\/del> → <ins[^>]*>Perlu perbaikan<\/ins>/)
    expect(indonesian).toContain('Data tim diubah')

    // Anyone else sees nothing of it.
    for (const user of [leader, judge]) expect(await timeline(user, id)).toBe('')
  })
})
