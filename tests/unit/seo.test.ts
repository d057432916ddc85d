import { describe, expect, it } from 'vitest'

import { absoluteUrl, competitionEvent, jsonLdText, pageAlternates, robotsRules, sitemapEntries } from '../../src/domain/seo'

const SITE = 'https://lomba.example.ac.id'
const competition = {
  fee: 150_000,
  feeSchedule: [
    { fee: 100_000, label: 'Early bird', until: '2026-03-10T00:00:00.000Z' },
    { fee: 125_000, label: 'Wave 2', until: '2026-03-20T00:00:00.000Z' },
  ],
  registrationClosesAt: '2026-03-31T00:00:00.000Z',
  registrationOpensAt: '2026-03-01T00:00:00.000Z',
  stages: [
    { closesAt: '2026-04-20T00:00:00.000Z', opensAt: '2026-04-10T00:00:00.000Z' },
    { closesAt: '2026-04-08T00:00:00.000Z', opensAt: '2026-04-01T00:00:00.000Z' },
  ],
  summary: 'A 48-hour hackathon for students.',
  title: 'Hackathon Nusantara',
}
const event = (overrides: Partial<Parameters<typeof competitionEvent>[0]> = {}) =>
  competitionEvent({
    competition,
    lang: 'id',
    now: new Date('2026-03-05T00:00:00.000Z'),
    pageUrl: `${SITE}/id/competitions/hackathon-nusantara`,
    posterUrl: `${SITE}/api/media/file/poster.png`,
    registration: 'open',
    ...overrides,
  })

describe('addresses', () => {
  it('makes paths absolute on the site and keeps URLs Payload already made absolute', () => {
    expect(absoluteUrl(`${SITE}/`, '/id')).toBe(`${SITE}/id`)
    expect(absoluteUrl(SITE, 'http://localhost:3000/api/media/file/a.png')).toBe('http://localhost:3000/api/media/file/a.png')
  })

  it('gives a canonical in the page language and both languages as alternates, Indonesian by default', () => {
    expect(pageAlternates(SITE, 'en', '/competitions/ctf')).toEqual({
      canonical: `${SITE}/en/competitions/ctf`,
      languages: { en: `${SITE}/en/competitions/ctf`, id: `${SITE}/id/competitions/ctf`, 'x-default': `${SITE}/id/competitions/ctf` },
    })
    expect(pageAlternates(SITE, 'id', '').canonical).toBe(`${SITE}/id`)
  })
})

describe('a competition as a JSON-LD Event', () => {
  it('runs from the first stage opening to the last stage closing, online at its page', () => {
    const data = event()
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      description: 'A 48-hour hackathon for students.',
      endDate: '2026-04-20T00:00:00.000Z',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      image: [`${SITE}/api/media/file/poster.png`],
      location: { '@type': 'VirtualLocation', url: `${SITE}/id/competitions/hackathon-nusantara` },
      name: 'Hackathon Nusantara',
      startDate: '2026-04-01T00:00:00.000Z',
    })
  })

  it('falls back to the registration window when the competition has no stages', () => {
    const data = event({ competition: { ...competition, stages: [] } })
    expect(data.startDate).toBe('2026-03-01T00:00:00.000Z')
    expect(data.endDate).toBe('2026-03-31T00:00:00.000Z')
  })

  it('offers a place at the fee the server charges now, in rupiah', () => {
    expect(event().offers).toEqual({
      '@type': 'Offer',
      availability: 'https://schema.org/InStock',
      price: 100_000,
      priceCurrency: 'IDR',
      url: `${SITE}/id/competitions/hackathon-nusantara`,
      validFrom: '2026-03-01T00:00:00.000Z',
    })
    expect(event({ now: new Date('2026-03-15T00:00:00.000Z') }).offers.price).toBe(125_000)
    expect(event({ now: new Date('2026-03-25T00:00:00.000Z') }).offers.price).toBe(150_000)
  })

  it('says when no place is to be had', () => {
    expect(event({ registration: 'full' }).offers.availability).toBe('https://schema.org/SoldOut')
    expect(event({ registration: 'closed' }).offers.availability).toBe('https://schema.org/SoldOut')
    expect(event({ registration: 'upcoming' }).offers.availability).toBe('https://schema.org/PreOrder')
    expect(event({ registration: 'waitlist' }).offers.availability).toBe('https://schema.org/LimitedAvailability')
  })

  it('leaves out what the competition does not have', () => {
    const data = event({ competition: { ...competition, summary: null }, posterUrl: null })
    expect(data).not.toHaveProperty('description')
    expect(data).not.toHaveProperty('image')
  })

  it('is written so no value can close the script element, and parses back to the same data', () => {
    const data = event({ competition: { ...competition, title: '</script><script>alert(1)</script>\u2028' } })
    const text = jsonLdText(data)
    expect(text).not.toContain('<')
    expect(text).not.toContain('\u2028')
    expect(JSON.parse(text)).toEqual(data)
  })
})

describe('sitemap and robots', () => {
  it('lists the home pages and each competition in both languages, each naming the other', () => {
    const entries = sitemapEntries(SITE, [
      { hasPublishedResults: false, slug: 'ctf', updatedAt: '2026-02-01T00:00:00.000Z' },
      { hasPublishedResults: true, slug: 'uiux', updatedAt: '2026-02-03T00:00:00.000Z' },
    ])
    expect(entries.map((entry) => entry.url)).toEqual([
      `${SITE}/id`,
      `${SITE}/en`,
      `${SITE}/id/competitions/ctf`,
      `${SITE}/en/competitions/ctf`,
      `${SITE}/id/competitions/uiux`,
      `${SITE}/en/competitions/uiux`,
      `${SITE}/id/competitions/uiux/results`,
      `${SITE}/en/competitions/uiux/results`,
    ])
    expect(entries[0].lastModified).toBe('2026-02-03T00:00:00.000Z')
    expect(entries[3]).toEqual({
      alternates: { languages: { en: `${SITE}/en/competitions/ctf`, id: `${SITE}/id/competitions/ctf` } },
      lastModified: '2026-02-01T00:00:00.000Z',
      url: `${SITE}/en/competitions/ctf`,
    })
  })

  it('keeps crawlers out of /admin and /api and points them to the sitemap', () => {
    expect(robotsRules(SITE)).toEqual({
      rules: [{ allow: '/', disallow: ['/admin', '/api'], userAgent: '*' }],
      sitemap: `${SITE}/sitemap.xml`,
    })
  })
})
