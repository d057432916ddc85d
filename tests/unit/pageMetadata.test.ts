import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { notIndexed, pageMetadata, posterImage } from '../../src/frontend/pageMetadata'

const SITE = 'https://lomba.example.ac.id'
let saved: string | undefined

beforeEach(() => {
  saved = process.env.SERVER_URL
  process.env.SERVER_URL = `${SITE}/`
})
afterEach(() => {
  if (saved === undefined) delete process.env.SERVER_URL
  else process.env.SERVER_URL = saved
})

describe("a public page's metadata", () => {
  it('has a canonical in its language, both languages as alternates, and cards with the poster on SERVER_URL', () => {
    const image = posterImage({ alt: 'Poster', height: 1130, url: '/api/media/file/poster.png', width: 800 })
    const metadata = pageMetadata({ description: 'Ringkasan', image, lang: 'en', path: '/competitions/ctf', title: 'CTF 2026' })
    expect(metadata.alternates).toEqual({
      canonical: `${SITE}/en/competitions/ctf`,
      languages: { en: `${SITE}/en/competitions/ctf`, id: `${SITE}/id/competitions/ctf`, 'x-default': `${SITE}/id/competitions/ctf` },
    })
    expect(metadata.openGraph).toMatchObject({
      images: [{ alt: 'Poster', height: 1130, url: `${SITE}/api/media/file/poster.png`, width: 800 }],
      locale: 'en_US',
      url: `${SITE}/en/competitions/ctf`,
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [`${SITE}/api/media/file/poster.png`] })
  })

  it('falls back to a small card without a poster, and treats any other language as Indonesian', () => {
    expect(posterImage(null)).toBeNull()
    expect(posterImage('an-unpopulated-id')).toBeNull()
    const metadata = pageMetadata({ description: 'd', lang: 'xx', path: '', title: 'Beranda', titleIsComplete: true })
    expect(metadata.title).toEqual({ absolute: 'Beranda · ContestKit' })
    expect(metadata.alternates?.canonical).toBe(`${SITE}/id`)
    expect(metadata.twitter).toMatchObject({ card: 'summary' })
  })

  it('keeps personal pages out of search results', () => {
    expect(notIndexed('Dashboard')).toEqual({ robots: { follow: false, index: false }, title: 'Dashboard' })
  })
})
