import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SERVER_URL, startApp, type TestApp, type TestUser, TRUSTED_FRONTEND } from '../helpers/app'

let app: TestApp
let participant: TestUser
let cookie: string

beforeAll(async () => {
  app = await startApp()
  participant = await app.createUser('participant')
  const login = await app.rest.post('/users/login', { body: { email: participant.user.email, password: participant.password } })
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
})

afterAll(async () => {
  await app?.close()
})

describe('CSRF: the login cookie only counts from trusted origins', () => {
  it('is accepted from the app itself and from CORS_ORIGINS', async () => {
    expect(cookie).toMatch(/^payload-token=/)
    for (const origin of [SERVER_URL, TRUSTED_FRONTEND]) {
      const me = await app.rest.get('/users/me', { headers: { Cookie: cookie, Origin: origin } })
      expect(me.body.user?.id).toBe(participant.user.id)
    }
  })

  it('is ignored when another site sends it', async () => {
    const me = await app.rest.get('/users/me', { headers: { Cookie: cookie, Origin: 'https://evil.example' } })
    expect(me.body.user).toBeNull()
    const change = await app.rest.patch(`/users/${participant.user.id}`, {
      body: { name: 'Changed by evil.example' },
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    })
    expect(change.status).toBe(403)
    expect((await app.payload.findByID({ collection: 'users', id: participant.user.id })).name).not.toBe('Changed by evil.example')
  })

  it('the cookie is HttpOnly and SameSite=Lax', async () => {
    const login = await app.rest.post('/users/login', { body: { email: participant.user.email, password: participant.password } })
    const header = login.headers.get('set-cookie') ?? ''
    expect(header).toMatch(/HttpOnly/i)
    expect(header).toMatch(/SameSite=Lax/i)
  })
})

describe('CORS', () => {
  it('allows the configured front-end and nobody else', async () => {
    const allowed = await app.rest.get('/competitions', { headers: { Origin: TRUSTED_FRONTEND } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe(TRUSTED_FRONTEND)
    const other = await app.rest.get('/competitions', { headers: { Origin: 'https://evil.example' } })
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(other.headers.get('access-control-allow-origin')).not.toBe('*')
  })
})
