import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { type RunningServer, startServer } from '../helpers/server'
import { seedShowcaseCompetition } from '../helpers/showcase'

/**
 * Posters load whatever address serves the site. SERVER_URL here names a port nothing listens on
 * (as behind a proxy, or a second instance): file URLs built from it broke every poster. Link
 * previews still name SERVER_URL, which is what a search engine or chat app should fetch.
 */
const SERVER_URL = 'http://127.0.0.1:9'

let server: RunningServer
let browser: Browser
let slug = ''

beforeAll(async () => {
  server = await startServer({ serverUrl: SERVER_URL })
  ;({ slug } = await seedShowcaseCompetition(server))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const imagesOf = async (path: string) => {
  const page = await browser.newPage({ viewport: { height: 800, width: 412 } })
  await page.goto(`${server.url}${path}`)
  // Lazy images load as they near the viewport: scroll through the page first.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })
  await page.waitForFunction(() => [...document.images].every((image) => image.complete))
  const images = await page.$$eval('main img', (elements) =>
    (elements as HTMLImageElement[]).map((image) => ({
      currentSrc: image.currentSrc,
      height: image.getAttribute('height'),
      loading: image.loading,
      naturalWidth: image.naturalWidth,
      src: image.getAttribute('src'),
      srcset: image.getAttribute('srcset'),
      width: image.getAttribute('width'),
    })),
  )
  // Not every page names a poster for link previews (the home page has none): read it if present.
  const ogMeta = await page.$('meta[property="og:image"]')
  const ogImage = ogMeta ? await ogMeta.getAttribute('content') : null
  await page.close()
  return { images, ogImage }
}

describe('posters on a site served on another port than SERVER_URL', () => {
  it('the home page card and the competition page load every image, from srcset, with their sizes set', async () => {
    for (const path of ['/id', `/en/competitions/${slug}`]) {
      const { images } = await imagesOf(path)
      expect(images.length, path).toBeGreaterThan(0)
      for (const image of images) {
        expect(image.naturalWidth, `${path} ${image.currentSrc}`).toBeGreaterThan(0)
        expect(image.src, path).toMatch(/^\/api\/media\/file\//)
        expect(image.srcset, path).toContain(' 320w')
        expect(Number(image.width)).toBeGreaterThan(0)
        expect(Number(image.height)).toBeGreaterThan(0)
        expect(new URL(image.currentSrc).origin).toBe(server.url)
      }
    }
  })

  it('the first poster loads at once, and link previews name the poster on SERVER_URL', async () => {
    const { images, ogImage } = await imagesOf(`/id/competitions/${slug}`)
    const poster = images.find((image) => image.srcset?.includes('1200w'))
    expect(poster?.loading).toBe('eager')
    expect(ogImage).toMatch(new RegExp(`^${SERVER_URL}/api/media/file/showcase-poster`))
  })
})
