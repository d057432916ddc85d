import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { publishCompetition, register } from '../helpers/registrations'

/**
 * Lock order on PostgreSQL, the one database here where two transactions can deadlock (SQLite runs
 * one writer at a time; MongoDB aborts a conflicting transaction instead of waiting). Every change
 * to places takes the competition's row lock before the registration's (src/db/lockRegistration.ts).
 * Skipped elsewhere for that reason.
 */
describe.runIf(process.env.TEST_DATABASE === 'postgres')('lock order on PostgreSQL', () => {
  let app: TestApp
  let committee: TestUser
  let holder: pg.Client
  let probe: pg.Client

  beforeAll(async () => {
    app = await startApp()
    committee = await app.createUser('committee')
    holder = new pg.Client({ connectionString: app.database.url })
    probe = new pg.Client({ connectionString: app.database.url })
    await Promise.all([holder.connect(), probe.connect()])
  }, 180_000)

  afterAll(async () => {
    await Promise.all([holder?.end(), probe?.end()])
    await app?.close()
  })

  it("a committee's rejection waits for the competition's lock before it writes the registration, as a review decision does", async () => {
    const competition = await publishCompetition(app, committee, { quota: 1, waitlist: true })
    const leader = await app.createUser('participant')
    const created = await register(app, leader, competition)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const registrationId = created.body.doc.id as string

    // Another transaction (a review decision, say) holds the competition's lock.
    await holder.query('BEGIN')
    await holder.query('SELECT id FROM competitions WHERE id = $1 FOR UPDATE', [competition.id])
    const rejection = app.rest.patch(`/registrations/${registrationId}`, {
      body: { reviewNote: 'The student card is unreadable.', status: 'rejected' },
      token: committee.token,
    })
    await vi.waitFor(
      async () => {
        const waiting = await probe.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
        expect(waiting.rows[0].n).toBeGreaterThan(0)
      },
      { interval: 50, timeout: 30_000 },
    )
    // The rejection is waiting, and has not locked the registration meanwhile: the holder could go on
    // to lock it (as a decision does) without a deadlock.
    await probe.query('BEGIN')
    await expect(probe.query('SELECT id FROM registrations WHERE id = $1 FOR UPDATE NOWAIT', [registrationId])).resolves.toBeTruthy()
    await probe.query('ROLLBACK')
    await holder.query('ROLLBACK')

    const answered = await rejection
    expect(answered.status, JSON.stringify(answered.body)).toBe(200)
    const stored = await app.rest.get(`/registrations/${registrationId}?depth=0`, { token: committee.token })
    expect(stored.body.status).toBe('rejected')
  })
})
