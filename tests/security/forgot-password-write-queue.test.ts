import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'

/**
 * Issue 8 item 5: each anonymous forgot-password request held SQLite's write queue for about
 * two seconds (its transaction waited on its own out-of-transaction write), so a burst of them
 * stalled every participant's save. No timings here: the test watches the database adapter and
 * asserts the structure that made the stall possible cannot happen.
 */
let app: TestApp
let participant: TestUser

type Db = Record<'beginTransaction' | 'commitTransaction' | 'rollbackTransaction' | 'updateOne', (...args: any[]) => Promise<any>>

/** Counts the transactions open while each forgot-password reservation (an out-of-transaction write) runs. */
const watchTransactions = (db: Db) => {
  const original = { ...db }
  let open = 0
  const openDuringReservation: number[] = []
  db.beginTransaction = async (...args) => {
    const id = await original.beginTransaction(...args)
    if (id) open += 1
    return id
  }
  const end = (name: 'commitTransaction' | 'rollbackTransaction') => async (id: unknown) => {
    const resolved = await id
    if (resolved) open -= 1
    return original[name](resolved)
  }
  db.commitTransaction = end('commitTransaction')
  db.rollbackTransaction = end('rollbackTransaction')
  db.updateOne = async (args: { data?: Record<string, unknown> }) => {
    const keys = Object.keys(args.data ?? {})
    if (keys.length === 1 && keys[0] === 'resetPasswordRequestedAt') openDuringReservation.push(open)
    return original.updateOne(args)
  }
  return {
    openDuringReservation,
    restore: () => Object.assign(db, original),
  }
}

beforeAll(async () => {
  // No job runner: its own transactions (sending queued emails every second) would be counted
  // as open while a reservation is written, which says nothing about forgot-password.
  app = await startApp({ env: { JOBS_AUTORUN: 'false' } })
  participant = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
})

describe('forgot-password and the write queue', () => {
  it('no transaction is held while a forgot-password request writes its reservation, for known and unknown emails', async () => {
    const watch = watchTransactions(app.payload.db as unknown as Db)
    try {
      const emails = [participant.user.email, 'nobody-1@example.test', 'nobody-2@example.test', 'nobody-3@example.test']
      // One at a time: the open transactions counted are then this request's own.
      for (const email of emails) expect((await app.rest.post('/users/forgot-password', { body: { email } })).status).toBe(200)
      expect(watch.openDuringReservation).toHaveLength(emails.length)
      expect(watch.openDuringReservation.every((open) => open === 0)).toBe(true)
    } finally {
      watch.restore()
    }
  })

  it('on SQLite, no write gives up waiting for the queue during a burst of forgot-password requests and a save', async () => {
    const queue = (app.payload.db as { writeQueue?: { stats: { gaveUpWaiting: number } } }).writeQueue
    if (process.env.TEST_DATABASE !== 'sqlite' && process.env.TEST_DATABASE !== undefined) {
      // Other databases have no in-process queue: the previous test covers them.
      expect(queue).toBeUndefined()
      return
    }
    expect(queue).toBeDefined()
    const before = queue!.stats.gaveUpWaiting
    const burst = Array.from({ length: 6 }, (_, index) =>
      app.rest.post('/users/forgot-password', { body: { email: index === 0 ? participant.user.email : `stranger-${index}@example.test` } }),
    )
    const save = app.rest.patch(`/users/${participant.user.id}`, {
      body: { institution: 'Universitas Indonesia' },
      token: participant.token,
    })
    const [saved, ...answers] = await Promise.all([save, ...burst])
    expect(saved.status).toBe(200)
    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    // A write that gives up waiting means someone held the queue for OUTSIDE_WRITE_WAIT_MS.
    expect(queue!.stats.gaveUpWaiting - before).toBe(0)
  })
})
