import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Competition } from '../../src/payload-types'

import { rawDriver } from '../../bench/rawDriver'
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../../src/http/publicReadCache'
import { SERVER_URL, startApp, type TestApp, type TestUser, TRUSTED_FRONTEND } from '../helpers/app'
import { competitionData } from '../helpers/fixtures'
import { publishCompetition } from '../helpers/registrations'

/**
 * Anonymous reads of GET /api/competitions come from a cache (src/http/publicReadCache.ts): the
 * same answer Payload gives, refreshed by any change, never a logged-in reader's and never a draft.
 */
const LIST = '/competitions?limit=10&depth=1'

let app: TestApp
let committee: TestUser
let participant: TestUser
let published: Competition
let draft: Competition

const titles = (body: { docs: { title: string }[] }) => body.docs.map((doc) => doc.title).sort()
const ids = (body: { docs: { id: string }[] }) => body.docs.map((doc) => doc.id)
const anonymous = (headers: Record<string, string> = {}) => app.rest.get(LIST, { headers })

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  participant = await app.createUser('participant')
  published = await publishCompetition(app, committee, { title: 'Published Cup' })
  const created = await app.rest.post('/competitions', {
    body: { ...competitionData({ title: 'Secret Draft Cup' }), _status: 'draft' },
    token: committee.token,
  })
  expect(created.status).toBe(201)
  draft = created.body.doc
})

afterAll(async () => {
  await app?.close()
})

/** Changes a title below Payload (no hooks), optionally leaving `updated_at` as it was. */
const writeTitleBehindPayload = async (id: string, title: string, touch: boolean) => {
  const raw = rawDriver(app.payload)
  if (touch) await raw('UPDATE competitions SET title = ?, updated_at = ? WHERE id = ?', [title, new Date().toISOString(), id])
  else await raw('UPDATE competitions SET title = ? WHERE id = ?', [title, id])
}

describe('anonymous reads', () => {
  it('answer what Payload answers an anonymous reader, with an ETag and public caching headers', async () => {
    const first = await anonymous()
    const second = await anonymous()
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    const uncached = await app.payload.find({ collection: 'competitions', depth: 1, limit: 10, overrideAccess: false, user: null })
    expect(second.body).toEqual(JSON.parse(JSON.stringify(uncached)))
    expect(first.body).toEqual(second.body)
    expect(second.headers.get('etag')).toMatch(/^"[\w-]+"$/)
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    expect(second.headers.get('vary')).toBe('Origin, Authorization, Cookie')
  })

  it('never contain a draft, even after the committee read the same list', async () => {
    const asCommittee = await app.rest.get(LIST, { token: committee.token })
    expect(ids(asCommittee.body)).toContain(draft.id)
    const response = await anonymous()
    expect(ids(response.body)).toEqual([published.id])
    expect(JSON.stringify(response.body)).not.toContain('Secret Draft Cup')
  })

  it('answer 304 to a matching If-None-Match, and 200 with a new ETag once the data changed', async () => {
    const { headers } = await anonymous()
    const etag = headers.get('etag')!
    const notModified = await anonymous({ 'If-None-Match': etag })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('etag')).toBe(etag)
    expect((await anonymous({ 'If-None-Match': `W/${etag}, "other"` })).status).toBe(304)
    expect((await anonymous({ 'If-None-Match': '"something-else"' })).status).toBe(200)

    const edit = await app.rest.patch(`/competitions/${published.id}`, {
      body: { summary: 'Changed for the ETag' },
      token: committee.token,
    })
    expect(edit.status).toBe(200)
    const changed = await anonymous({ 'If-None-Match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(changed.body.docs[0].summary).toBe('Changed for the ETag')
  })

  it('carry the CORS answer of the asking origin', async () => {
    const trusted = await anonymous({ Origin: TRUSTED_FRONTEND })
    expect(trusted.headers.get('access-control-allow-origin')).toBe(TRUSTED_FRONTEND)
    const other = await anonymous({ Origin: 'https://elsewhere.example.test' })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('the cache follows every change', () => {
  it('a committee edit, publish and unpublish show at once', async () => {
    await anonymous()
    const edit = await app.rest.patch(`/competitions/${published.id}`, {
      body: { title: 'Published Cup, renamed' },
      token: committee.token,
    })
    expect(edit.status).toBe(200)
    expect(titles((await anonymous()).body)).toEqual(['Published Cup, renamed'])

    const publish = await app.rest.patch(`/competitions/${draft.id}`, { body: { _status: 'published' }, token: committee.token })
    expect(publish.status).toBe(200)
    expect(titles((await anonymous()).body)).toEqual(['Published Cup, renamed', 'Secret Draft Cup'])

    const unpublish = await app.rest.patch(`/competitions/${draft.id}`, { body: { _status: 'draft' }, token: committee.token })
    expect(unpublish.status).toBe(200)
    expect(titles((await anonymous()).body)).toEqual(['Published Cup, renamed'])
  })

  it('a draft saved over a published competition is not shown until published', async () => {
    const saved = await app.rest.patch(`/competitions/${published.id}?draft=true`, {
      body: { _status: 'draft', title: 'Unpublished rename' },
      token: committee.token,
    })
    expect(saved.status).toBe(200)
    expect(titles((await anonymous()).body)).toEqual(['Published Cup, renamed'])
  })

  it("a change committed by another instance (this process's hooks never ran) is seen on the next read", async () => {
    await anonymous()
    await writeTitleBehindPayload(published.id, 'Renamed on another instance', true)
    expect(titles((await anonymous()).body)).toEqual(['Renamed on another instance'])
  })
})

describe('logged-in reads', () => {
  it('are never served from the anonymous cache nor marked cacheable', async () => {
    const kept = await anonymous()
    // Changed below Payload and its stamp: the kept anonymous answer is now stale on purpose.
    await writeTitleBehindPayload(published.id, 'Only fresh readers see this', false)
    expect(titles((await anonymous()).body)).toEqual(titles(kept.body))

    for (const token of [participant.token, committee.token]) {
      const response = await app.rest.get(LIST, { token })
      expect(response.status).toBe(200)
      expect(titles(response.body)).toContain('Only fresh readers see this')
      expect(response.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL)
      expect(response.headers.get('etag')).toBeNull()
      expect(response.headers.get('vary')).toBe('Origin, Authorization, Cookie')
    }
    // The login cookie counts as a login too: the committee's cookie (sent by the site itself,
    // as Payload's CSRF check wants) sees the draft.
    const withCookie = await app.rest.get(LIST, { headers: { Cookie: `payload-token=${committee.token}`, Origin: SERVER_URL } })
    expect(ids(withCookie.body)).toContain(draft.id)
    expect(withCookie.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL)
    // Other cookies do not make a reader logged in.
    const otherCookie = await anonymous({ Cookie: 'theme=dark' })
    expect(otherCookie.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    expect(ids(otherCookie.body)).not.toContain(draft.id)
  })

  it('an invalid token is not served from the cache either', async () => {
    const response = await app.rest.get(LIST, { headers: { Authorization: 'JWT not-a-token' } })
    expect(response.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL)
    expect(response.headers.get('etag')).toBeNull()
  })
})
