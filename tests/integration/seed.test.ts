import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootstrap } from '../../src/bootstrap'
import { readEnv } from '../../src/config/env'
import { DEMO_USERS, seed } from '../../src/seed'
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
    const counts = async () => ({
      competitions: (await app.payload.count({ collection: 'competitions' })).totalDocs,
      media: (await app.payload.count({ collection: 'media' })).totalDocs,
      users: (await app.payload.count({ collection: 'users', where: { email: { like: '@contestkit.local' } } })).totalDocs,
    })
    const first = await counts()
    expect(first).toEqual({ competitions: 3, media: 3, users: DEMO_USERS.length })
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
