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
  it('registers while the mail server is down; the email arrives once it is back', async () => {
    const competition = await publishCompetition(app, committee, { codePrefix: 'OUT', title: 'Outage Cup' })
    const leader = await app.createUser('participant')
    await app.mailbox.stop()
    try {
      const response = await register(app, leader, competition)
      expect(response.status).toBe(201)
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
  })

  it('a registration that fails queues no email', async () => {
    const competition = await publishCompetition(app, committee, { quota: 1 })
    await register(app, await app.createUser('participant'), competition)
    const refusedLeader = await app.createUser('participant')
    expect((await register(app, refusedLeader, competition)).status).toBe(409)
    expect(await jobsFor(refusedLeader.user.email)).toHaveLength(0)
  })
})
