import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { longestRateLimitWindowMs, type RateLimitSettings } from '../../src/config/rateLimits'
import { RATE_LIMITS_SLUG } from '../../src/db/countRequest'
import { startApp, type TestApp, type TestUser } from '../helpers/app'

/**
 * The hourly sweep of rate-limit counts (src/jobs/forgetEndedRateLimits.ts): counts whose
 * window ended are deleted, so the table does not grow with every address and email a visitor
 * makes up; a limit in force still refuses after it.
 */
let app: TestApp
let owner: TestUser

beforeAll(async () => {
  app = await startApp({ env: { RATE_LIMIT_LOGIN_EMAIL: '3/15m', RATE_LIMITS: 'on' } })
  owner = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
})

const longest = () => longestRateLimitWindowMs(app.payload.config.custom.rateLimits as RateLimitSettings)

const count = (key: string, windowStart: Date, requests: number) =>
  app.payload.create({ collection: RATE_LIMITS_SLUG, data: { count: requests, key, windowStart: windowStart.toISOString() } })

const sweep = async () => {
  await app.payload.jobs.queue({ input: {}, task: 'forgetEndedRateLimits' })
  await app.payload.jobs.run()
}

const keys = async () =>
  (await app.payload.find({ collection: RATE_LIMITS_SLUG, limit: 0, pagination: false })).docs.map((doc) => doc.key).sort()

describe('the rate-limit sweep', () => {
  it('deletes the counts whose window ended, keeps the others as they were, and a limit in force still refuses', async () => {
    const login = () => app.rest.post('/users/login', { body: { email: owner.user.email, password: 'not-the-password' } })
    // Three attempts per email in 15 minutes (creating the account logged it in once).
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 4; attempt++) statuses.push((await login()).status)
    expect(statuses).toEqual([401, 401, 429, 429])
    const [loginKey] = await keys()

    const now = Date.now()
    await count('made-up:ended-long-ago', new Date(now - 30 * 86_400_000), 1)
    await count('made-up:ended-just-now', new Date(now - longest() - 60_000), 7)
    await count('made-up:still-counting', new Date(now - longest() + 60_000), 2)

    await sweep()

    expect(await keys()).toEqual([loginKey, 'made-up:still-counting'].sort())
    const kept = await app.payload.find({ collection: RATE_LIMITS_SLUG, where: { key: { equals: 'made-up:still-counting' } } })
    expect(kept.docs[0].count).toBe(2)
    // The login count was not reset: the owner is still refused.
    expect((await login()).status).toBe(429)
  })

  it('is for the server alone: nobody reads or deletes the counts through the API, an admin included', async () => {
    const admin = await app.createUser('admin')
    const before = await keys()
    const statuses: number[] = []
    for (const token of [undefined, owner.token, admin.token]) {
      statuses.push((await app.rest.get(`/${RATE_LIMITS_SLUG}`, { token })).status)
      statuses.push((await app.rest.delete(`/${RATE_LIMITS_SLUG}?where[key][exists]=true`, { token })).status)
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 403])
    expect(await keys()).toEqual(before)
  })
})
