import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootstrap } from '../../src/bootstrap'
import { readEnv } from '../../src/config/env'
import { DEMO_USERS, seed } from '../../src/seed'
import { DEMO_TEAMS } from '../../src/seed/livingDemo'
import { startApp, type TestApp } from '../helpers/app'

let app: TestApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

describe('first admin from ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  it('creates a verified admin on an empty database, who can log in', async () => {
    await bootstrap(app.payload, { ...readEnv(), adminEmail: 'boss@example.test', adminPassword: 'first-admin-pass' })
    const token = await app.login('boss@example.test', 'first-admin-pass')
    const me = await app.rest.get('/users/me', { token })
    expect(me.body.user.role).toBe('admin')
  })

  it('does nothing once users exist', async () => {
    await bootstrap(app.payload, { ...readEnv(), adminEmail: 'second@example.test', adminPassword: 'second-admin-pass' })
    expect((await app.payload.count({ collection: 'users', where: { email: { equals: 'second@example.test' } } })).totalDocs).toBe(0)
  })
})

describe('demo seed', () => {
  it('creates one user per role, three participants and three competitions, and nothing more when run twice', async () => {
    await seed(app.payload)
    const count = async (
      collection: 'attachments' | 'audit-events' | 'competitions' | 'invitations' | 'media' | 'registrations' | 'scores' | 'submissions',
    ) => (await app.payload.count({ collection })).totalDocs
    const counts = async () => ({
      announcements: (await app.payload.count({ collection: 'announcements' })).totalDocs,
      attachments: await count('attachments'),
      auditEvents: await count('audit-events'),
      competitions: await count('competitions'),
      invitations: await count('invitations'),
      media: await count('media'),
      registrations: await count('registrations'),
      scores: await count('scores'),
      submissions: await count('submissions'),
      users: (await app.payload.count({ collection: 'users', where: { email: { like: '@contestkit.local' } } })).totalDocs,
    })
    const first = await counts()
    expect(first).toMatchObject({
      announcements: 1,
      competitions: 3,
      media: 3,
      registrations: DEMO_TEAMS.length,
      scores: 3,
      submissions: 5,
      users: DEMO_USERS.length,
    })
    // Every member besides the leader was invited, as the registration form does.
    expect(first.invitations).toBe(DEMO_TEAMS.reduce((total, team) => total + team.crew.length, 0))
    expect(first.auditEvents).toBeGreaterThan(0)
    await seed(app.payload)
    expect(await counts()).toEqual(first)
  })

  it('demo users are verified and have the roles promised', async () => {
    const { docs } = await app.payload.find({ collection: 'users', limit: 20, where: { email: { like: '@contestkit.local' } } })
    expect(docs.every((user) => user._verified)).toBe(true)
    expect(docs.map((user) => user.role).sort()).toEqual(['admin', 'committee', 'judge', 'participant', 'participant', 'participant'])
  })

  it('publishes one competition open now, one opening next month and one closed, each with a poster and a judge', async () => {
    const now = Date.now()
    const { docs } = await app.rest.get('/competitions?limit=10&depth=1').then((r) => r.body as { docs: any[] })
    expect(docs).toHaveLength(3)
    const state = (c: any) =>
      new Date(c.registrationOpensAt).getTime() > now ? 'upcoming' : new Date(c.registrationClosesAt).getTime() < now ? 'closed' : 'open'
    expect(docs.map(state).sort()).toEqual(['closed', 'open', 'upcoming'])
    const upcoming = docs.find((c) => state(c) === 'upcoming')
    const daysAway = (new Date(upcoming.registrationOpensAt).getTime() - now) / 86_400_000
    expect(daysAway).toBeGreaterThan(20)
    expect(daysAway).toBeLessThan(40)
    for (const competition of docs) {
      expect(competition.poster?.mimeType).toBe('image/png')
      expect(competition.judges).toHaveLength(1)
      expect(competition.stages.length).toBeGreaterThan(0)
    }
  })

  it('fills the open competition with teams in every status, with documents, work and scores', async () => {
    const committee = await app.createUser('committee')
    const hackathon = (await app.payload.find({ collection: 'competitions', where: { slug: { equals: 'hackathon-2026' } } })).docs[0]
    const { docs } = await app.payload.find({
      collection: 'registrations',
      depth: 0,
      limit: 100,
      where: { competition: { equals: hackathon.id } },
    })
    const byStatus = (status: string) => docs.filter((doc) => doc.status === status)
    expect({
      'needs-revision': byStatus('needs-revision').length,
      pending: byStatus('pending').length,
      rejected: byStatus('rejected').length,
      verified: byStatus('verified').length,
      waitlisted: byStatus('waitlisted').length,
      withdrawn: byStatus('withdrawn').length,
    }).toEqual({ 'needs-revision': 2, pending: 4, rejected: 1, verified: 6, waitlisted: 2, withdrawn: 1 })
    // Asking for a revision or rejecting takes a note, shown to the team.
    for (const doc of [...byStatus('needs-revision'), ...byStatus('rejected')]) expect(doc.reviewNote?.length).toBeGreaterThan(10)
    // Every team has its documents: a student card per member and a payment proof (the fee is due).
    for (const doc of docs) {
      expect(doc.paymentProof).toBeTruthy()
      expect(doc.members?.every((member) => member.studentCard)).toBe(true)
    }
    // Registered over the last four weeks, not all at once.
    const days = new Set(docs.map((doc) => doc.createdAt.slice(0, 10)))
    expect(days.size).toBeGreaterThan(10)

    const stats = await app.rest.get(`/competitions/${hackathon.id}/stats`, { token: committee.token })
    expect(stats.status).toBe(200)
    expect(stats.body.registrations).toMatchObject({ placesTaken: 12, quota: 12, waitlisted: 2 })
    expect(stats.body.documentsAwaitingReview).toBe(4)
    expect(stats.body.fees.verified).toBeGreaterThan(0)
    expect(stats.body.submissions[0]).toMatchObject({ count: 5, stage: 'preliminary' })
    // The demo judge is from ITB: the ITB team's work is not theirs to score.
    expect(stats.body.judging[0]).toMatchObject({ scoresExpected: 4, scoresGiven: 3 })
    const chart = stats.body.registrationsPerDay as { count: number }[]
    expect(chart.filter((day) => day.count > 0).length).toBeGreaterThan(10)
    expect(chart.reduce((total, day) => total + day.count, 0)).toBe(DEMO_TEAMS.length)
  })

  it('refuses to run in production', async () => {
    const previous = process.env.NODE_ENV
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    try {
      await expect(seed(app.payload)).rejects.toThrow(/Refusing to seed/)
    } finally {
      ;(process.env as Record<string, string | undefined>).NODE_ENV = previous
    }
  })
})
