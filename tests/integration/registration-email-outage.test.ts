import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { publishCompetition, register } from '../helpers/registrations'

let app: TestApp
let committee: TestUser

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
})

afterAll(async () => {
  await app?.close()
})

const jobsFor = async (to: string) => {
  const { docs } = await app.payload.find({
    collection: 'payload-jobs',
    limit: 50,
    overrideAccess: true,
    where: { taskSlug: { equals: 'sendEmail' } },
  })
  return docs.filter((job) => JSON.stringify(job.input).includes(to))
}

describe('an SMTP outage never fails a registration', () => {
  it('registers while the mail server is down; each email arrives once, after it is back', async () => {
    const competition = await publishCompetition(app, committee, { codePrefix: 'OUT', title: 'Outage Cup' })
    const leader = await app.createUser('participant')
    const others = [await app.createUser('participant'), await app.createUser('participant')]
    await app.mailbox.stop()
    try {
      const response = await register(app, leader, competition)
      expect(response.status).toBe(201)
      for (const other of others) expect((await register(app, other, competition)).status).toBe(201)
      // At least one delivery attempt fails while the server is down, and the job stays queued.
      await expect
        .poll(async () => (await jobsFor(leader.user.email)).some((job) => (job.log ?? []).some((entry) => entry.state === 'failed')), {
          interval: 250,
          timeout: 15_000,
        })
        .toBe(true)
      expect(app.mailbox.for(leader.user.email)).toHaveLength(0)
    } finally {
      await app.mailbox.start()
    }
    const mail = await app.mailbox.waitFor(leader.user.email, (m) => /Registration received/.test(m.subject), 40_000)
    expect(mail.subject).toContain('OUT-0001')
    expect(mail.text).toContain('Outage Cup')
    for (const other of others) await app.mailbox.waitFor(other.user.email, (m) => /Registration received/.test(m.subject), 40_000)
    // The queue runs every second: a job run twice (a retry of a delivered email) would show by now.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    for (const person of [leader, ...others]) {
      expect(app.mailbox.for(person.user.email).filter((m) => /Registration received/.test(m.subject))).toHaveLength(1)
    }
  })

  it('keeps retrying for more than an hour of outage', () => {
    // Payload waits 2^n × delay after the n-th failed attempt (payload/dist/queues/errors/calculateBackoffWaitUntil.js).
    const task = app.config.jobs.tasks?.find((t) => t.slug === 'sendEmail')
    const retries = task?.retries as { attempts: number; backoff: { delay: number; type: string } }
    expect(retries.backoff.type).toBe('exponential')
    const coveredMs = Array.from({ length: retries.attempts }, (_, n) => 2 ** n * retries.backoff.delay).reduce((a, b) => a + b, 0)
    expect(coveredMs).toBeGreaterThan(60 * 60 * 1000)
  })

  it('a registration that fails queues no email', async () => {
    const competition = await publishCompetition(app, committee, { quota: 1 })
    await register(app, await app.createUser('participant'), competition)
    const refusedLeader = await app.createUser('participant')
    expect((await register(app, refusedLeader, competition)).status).toBe(409)
    expect(await jobsFor(refusedLeader.user.email)).toHaveLength(0)
  })
})
