import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SERVER_URL, startApp, type TestApp, type TestUser } from '../helpers/app'
import { competitionData, daysFromNow } from '../helpers/fixtures'

let app: TestApp
let committee: TestUser

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
})

afterAll(async () => {
  await app?.close()
})

const create = async (overrides: object, status: 'draft' | 'published') => {
  const response = await app.rest.post('/competitions', {
    body: { ...competitionData(overrides), _status: status },
    token: committee.token,
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as { id: string; slug: string }
}

// app/sitemap.ts and app/robots.ts are plain functions over Payload: called here as Next calls them.
const sitemap = async () => (await import('../../src/app/sitemap')).default()

describe('sitemap.xml', () => {
  it('lists published competitions in both languages and keeps drafts, and draft edits, out', async () => {
    const published = await create({ slug: 'seo-published-cup', title: 'SEO Published Cup' }, 'published')
    await create({ slug: 'seo-secret-draft', title: 'SEO Secret Draft' }, 'draft')
    // A published competition whose committee is editing a draft: the sitemap shows what is live.
    const edited = await create({ slug: 'seo-live-slug', title: 'SEO Live Slug' }, 'published')
    const draftEdit = await app.rest.patch(`/competitions/${edited.id}?draft=true`, {
      body: { _status: 'draft', slug: 'seo-unpublished-slug' },
      token: committee.token,
    })
    expect(draftEdit.status, JSON.stringify(draftEdit.body)).toBe(200)
    const committeeView = await app.rest.get(`/competitions/${edited.id}?draft=true`, { token: committee.token })
    expect(committeeView.body.slug).toBe('seo-unpublished-slug')

    const entries = await sitemap()
    const urls = entries.map((entry) => entry.url)
    expect(urls).toEqual(expect.arrayContaining([`${SERVER_URL}/id`, `${SERVER_URL}/en`]))
    for (const lang of ['id', 'en']) {
      expect(urls).toContain(`${SERVER_URL}/${lang}/competitions/${published.slug}`)
      expect(urls).toContain(`${SERVER_URL}/${lang}/competitions/seo-live-slug`)
    }
    expect(urls.join('\n')).not.toContain('seo-secret-draft')
    expect(urls.join('\n')).not.toContain('seo-unpublished-slug')
    const page = entries.find((entry) => entry.url === `${SERVER_URL}/en/competitions/${published.slug}`)
    expect(page?.alternates?.languages).toEqual({
      en: `${SERVER_URL}/en/competitions/${published.slug}`,
      id: `${SERVER_URL}/id/competitions/${published.slug}`,
    })
    expect(Number.isNaN(new Date(String(page?.lastModified)).getTime())).toBe(false)
    // No results are published yet: no results page to index.
    expect(urls.join('\n')).not.toContain('/results')
  })

  it('lists a results page once a stage publishes its results', async () => {
    const competition = await create(
      {
        slug: 'seo-results-cup',
        stages: [{ closesAt: daysFromNow(14), key: 'final', name: 'Final', opensAt: daysFromNow(8), resultsPublished: true }],
        title: 'SEO Results Cup',
      },
      'published',
    )
    const urls = (await sitemap()).map((entry) => entry.url)
    expect(urls).toContain(`${SERVER_URL}/id/competitions/${competition.slug}/results`)
    expect(urls).toContain(`${SERVER_URL}/en/competitions/${competition.slug}/results`)
  })
})

describe('robots.txt', () => {
  it('keeps /admin and /api out and points to the sitemap', async () => {
    const robots = (await import('../../src/app/robots')).default()
    expect(robots).toEqual({ rules: [{ allow: '/', disallow: ['/admin', '/api'], userAgent: '*' }], sitemap: `${SERVER_URL}/sitemap.xml` })
  })
})
