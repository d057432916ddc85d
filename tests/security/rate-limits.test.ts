import { BasePayload, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { enforceRateLimit, rateLimitSettings, TooManyRequests } from '../../access/rateLimit'
import { readRateLimits } from '../../src/config/rateLimits'
import { type ApiResponse, closePostgresPool, errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'

/**
 * Issue 8 item 5: login, sign-up and forgot-password are limited per client address and per
 * email, answered 429 with Retry-After and a sentence, counted in the database. Small limits
 * here (the defaults are in src/config/rateLimits.ts); the address comes from X-Forwarded-For
 * because TRUST_PROXY is on.
 */
let app: TestApp
let admin: TestUser
let loginOwner: TestUser
let resetOwner: TestUser
let counter = 0
const uniqueEmail = (label: string) => `${label}-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.test`
const uniqueAddress = () => `203.0.113.${++counter % 250}`
const from = (address: string) => ({ 'X-Forwarded-For': `${address}, 10.0.0.1` })

beforeAll(async () => {
  app = await startApp({
    env: {
      RATE_LIMITS: 'on',
      RATE_LIMIT_FORGOT_PASSWORD_EMAIL: '2/1h',
      RATE_LIMIT_INVITATION_ACCEPT_EMAIL: '3/15m',
      RATE_LIMIT_INVITATION_ACCEPT_IP: '5/15m',
      RATE_LIMIT_FORGOT_PASSWORD_IP: '4/1h',
      RATE_LIMIT_LOGIN_EMAIL: '3/15m',
      RATE_LIMIT_LOGIN_IP: '5/15m',
      RATE_LIMIT_SIGN_UP_EMAIL: '2/1h',
      RATE_LIMIT_SIGN_UP_IP: '4/1h',
      RATE_LIMIT_VERIFY_EMAIL_IP: '3/15m',
      TRUST_PROXY: 'true',
    },
  })
  // Accounts are made first: a user's creation hashes its password inside a transaction, and
  // here it should not race the email jobs the tests below queue.
  admin = await app.createUser('admin')
  loginOwner = await app.createUser('participant')
  resetOwner = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
})

const expectLimited = (response: ApiResponse, action: RegExp) => {
  expect(response.status).toBe(429)
  const retryAfter = Number(response.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThan(0)
  expect(errorMessages(response.body).join(' ')).toMatch(action)
  expect(errorMessages(response.body).join(' ')).toMatch(/Wait \d+ (seconds|minutes|hours), then try again\./)
}

const login = (email: string, address: string) =>
  app.rest.post('/users/login', { body: { email, password: 'not-the-password' }, headers: from(address) })
const signUp = (email: string, address: string) =>
  app.rest.post('/users', { body: { email, name: 'Someone', password: 'a-long-password-1' }, headers: from(address) })
const forgotPassword = (email: string, address: string) =>
  app.rest.post('/users/forgot-password', { body: { email }, headers: from(address) })

describe('login', () => {
  it('per email: the fourth attempt within the window is refused with 429 and Retry-After, from any address', async () => {
    const email = uniqueEmail('victim')
    for (let attempt = 0; attempt < 3; attempt++) expect((await login(email, uniqueAddress())).status).toBe(401)
    expectLimited(await login(email, uniqueAddress()), /Too many login attempts/)
    // Another email is unaffected.
    expect((await login(uniqueEmail('other'), uniqueAddress())).status).toBe(401)
  })

  it('per address: the sixth attempt from one address is refused; other addresses are unaffected', async () => {
    const address = uniqueAddress()
    for (let attempt = 0; attempt < 5; attempt++) expect((await login(uniqueEmail('spray'), address)).status).toBe(401)
    expectLimited(await login(uniqueEmail('spray'), address), /Too many login attempts/)
    expect((await login(uniqueEmail('spray'), uniqueAddress())).status).toBe(401)
  })

  it('is refused before the password is checked: the right password does not get through once limited', async () => {
    const owner = loginOwner
    const address = uniqueAddress()
    for (let attempt = 0; attempt < 2; attempt++) await login(owner.user.email, address)
    // createUser logged in once; two wrong attempts: the limit (3) is reached.
    const right = await app.rest.post('/users/login', {
      body: { email: owner.user.email, password: owner.password },
      headers: from(address),
    })
    expectLimited(right, /Too many login attempts/)
  })

  it('GraphQL logins count against the same limit', async () => {
    const email = uniqueEmail('graphql')
    const mutation = `mutation ($email: String!) { loginUser(email: $email, password: "wrong-password") { token } }`
    for (let attempt = 0; attempt < 3; attempt++) await app.graphql(mutation, { email })
    const limited = await app.graphql(mutation, { email })
    expect(limited.body.errors?.map((error) => error.message).join(' ')).toMatch(/Too many login attempts/)
  })
})

describe('sign-up', () => {
  it('per email and per address', async () => {
    const email = uniqueEmail('signup')
    expect((await signUp(email, uniqueAddress())).status).toBe(201)
    expect((await signUp(email, uniqueAddress())).status).not.toBe(429)
    expectLimited(await signUp(email, uniqueAddress()), /Too many sign-ups/)

    const address = uniqueAddress()
    for (let attempt = 0; attempt < 4; attempt++) expect((await signUp(uniqueEmail('farm'), address)).status).toBe(201)
    expectLimited(await signUp(uniqueEmail('farm'), address), /Too many sign-ups/)
    expect((await signUp(uniqueEmail('farm'), uniqueAddress())).status).toBe(201)
  })

  it('staff creating accounts in /admin are not limited', async () => {
    const address = uniqueAddress()
    for (let attempt = 0; attempt < 6; attempt++) {
      const created = await app.rest.post('/users', {
        body: { email: uniqueEmail('judge'), name: 'Judge', password: 'a-long-password-1', role: 'judge' },
        headers: from(address),
        token: admin.token,
      })
      expect(created.status).toBe(201)
    }
  })
})

describe('forgot-password', () => {
  it('per email and per address, known and unknown emails alike', async () => {
    const owner = resetOwner
    expect((await forgotPassword(owner.user.email, uniqueAddress())).status).toBe(200)
    expect((await forgotPassword(owner.user.email, uniqueAddress())).status).toBe(200)
    expectLimited(await forgotPassword(owner.user.email, uniqueAddress()), /Too many password reset requests/)
    // An unknown email is limited exactly as a known one, so the answer tells nothing.
    const unknown = uniqueEmail('unknown')
    expect((await forgotPassword(unknown, uniqueAddress())).status).toBe(200)
    expect((await forgotPassword(unknown, uniqueAddress())).status).toBe(200)
    expectLimited(await forgotPassword(unknown, uniqueAddress()), /Too many password reset requests/)

    const address = uniqueAddress()
    for (let attempt = 0; attempt < 4; attempt++) expect((await forgotPassword(uniqueEmail('bomb'), address)).status).toBe(200)
    expectLimited(await forgotPassword(uniqueEmail('bomb'), address), /Too many password reset requests/)
    expect((await forgotPassword(uniqueEmail('bomb'), uniqueAddress())).status).toBe(200)
  })
})

describe('email verification', () => {
  it('per address: the fourth attempt is refused; a real link from another address still works', async () => {
    const address = uniqueAddress()
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await app.rest.post(`/users/verify/not-a-token-${attempt}`, { headers: from(address) })).status).toBe(403)
    }
    expectLimited(await app.rest.post('/users/verify/not-a-token', { headers: from(address) }), /Too many verification attempts/)

    const email = uniqueEmail('verify')
    expect((await signUp(email, uniqueAddress())).status).toBe(201)
    const { docs } = await app.payload.find({
      collection: 'users',
      overrideAccess: true,
      showHiddenFields: true,
      where: { email: { equals: email } },
    })
    const token = (docs[0] as { _verificationToken?: string })._verificationToken
    const verified = await app.rest.post(`/users/verify/${token}`, { headers: from(uniqueAddress()) })
    expect(verified.status).toBe(200)
    expect(verified.body.message).toMatch(/verified/i)
  })
})

describe('invitation acceptance', () => {
  it('per account email and per address: guessing tokens is refused with 429 before any token is looked up', async () => {
    const guesser = await app.createUser('participant')
    const accept = (address: string, token = 'guessed-token', user = guesser) =>
      app.rest.post('/invitations/accept', { body: { token }, headers: from(address), token: user.token })
    const address = uniqueAddress()
    for (let attempt = 0; attempt < 3; attempt++) expect((await accept(address)).status).toBe(404)
    expectLimited(await accept(uniqueAddress()), /attempts to accept an invitation/)
    // Per address: anonymous and other accounts from one address share its limit.
    const busy = uniqueAddress()
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await app.rest.post('/invitations/accept', { body: { token: 'x' }, headers: from(busy) })).status).toBe(401)
    }
    expectLimited(
      await app.rest.post('/invitations/accept', { body: { token: 'x' }, headers: from(busy) }),
      /attempts to accept an invitation/,
    )
  })
})

describe('the counts', () => {
  it('are kept in the database, hashed, and hold for another instance on the same database', async () => {
    const email = uniqueEmail('shared')
    for (let attempt = 0; attempt < 4; attempt++) await login(email, uniqueAddress())
    const rows = await app.payload.find({ collection: 'rate-limits', limit: 1000, overrideAccess: true })
    expect(rows.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(rows.docs)).not.toContain(email)
    expect(rows.docs.some((row) => row.key.startsWith('login:email:') && row.count >= 4)).toBe(true)

    // A second Payload on the same database, as a second server instance would be.
    const second = await new BasePayload().init({ config: app.config, disableOnInit: true })
    try {
      const req = await createLocalReq({}, second)
      req.payloadAPI = 'REST'
      await expect(enforceRateLimit(req, { bucket: 'login', email })).rejects.toBeInstanceOf(TooManyRequests)
      await expect(enforceRateLimit(req, { bucket: 'login', email: uniqueEmail('fresh') })).resolves.toBeUndefined()
    } finally {
      await second.destroy()
      await closePostgresPool(second.db)
    }
  })

  it('cannot be read or changed through the API', async () => {
    for (const token of [undefined, admin.token]) {
      expect((await app.rest.get('/rate-limits', { token })).status).toBe(403)
      expect(
        (await app.rest.post('/rate-limits', { body: { count: 0, key: 'x', windowStart: new Date().toISOString() }, token })).status,
      ).toBe(403)
    }
    const gql = await app.graphql(`{ RateLimits { docs { key } } }`, {}, admin.token)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
  })

  it('RATE_LIMITS=off turns every limit off', async () => {
    const email = uniqueEmail('off')
    for (let attempt = 0; attempt < 3; attempt++) await login(email, uniqueAddress())
    expect((await login(email, uniqueAddress())).status).toBe(429)
    const custom = app.payload.config.custom as { rateLimits: unknown }
    const settings = rateLimitSettings(app.payload)
    custom.rateLimits = readRateLimits({ RATE_LIMITS: 'off', TRUST_PROXY: 'true' })
    try {
      for (let attempt = 0; attempt < 5; attempt++) expect((await login(email, uniqueAddress())).status).toBe(401)
    } finally {
      custom.rateLimits = settings
    }
  })
})
