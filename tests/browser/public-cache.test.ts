import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageWords } from '../../src/i18n/pageWords'
import { hydrated, launchChromium } from '../helpers/browser'
import { publishCompetitionOn, registerOnePersonTeamOn } from '../helpers/browserFixtures'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * The public pages come from the cache (issue 11): the same HTML for everyone, served without
 * rendering, yet "places left" follows every registration that takes or gives back a place, and
 * a logged-in participant still sees their own state, asked by the browser after the page loads.
 */
const slug = 'cached-cup'
const leader = { email: 'leader@cache.test', password: 'leader-pass-123' }
const newcomer = { email: 'newcomer@cache.test', password: 'newcomer-pass-123' }

let server: RunningServer
let browser: Browser
let competitionId = ''
let leaderToken = ''
let newcomerToken = ''
let registrationId = ''

const pageUrl = () => `${server.url}/en/competitions/${slug}`

/** The competition page as an anonymous visitor's first request gets it: its HTML and whether it came from the cache. */
const anonymousVisit = async () => {
  const response = await fetch(pageUrl())
  expect(response.status).toBe(200)
  return { cache: response.headers.get('x-nextjs-cache'), html: await response.text(), memory: response.headers.get('x-page-memory') }
}

const placesLeft = async () => Number(/(\d+) places left/.exec((await anonymousVisit()).html)?.[1])

const withCookie = async (token: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { height: 900, width: 1100 } })
  await context.addCookies([{ name: 'payload-token', url: server.url, value: token }])
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  return page
}

beforeAll(async () => {
  // The page memory (src/http/pageMemory.mjs) keeps a page far longer than these tests wait for a
  // change (30 s): "places left" can then only change because a revalidation emptied it.
  server = await startServer({ env: { PUBLIC_PAGE_MEMORY_MS: '300000' } })
  const adminToken = await server.login(server.admin.email, server.admin.password)
  competitionId = await publishCompetitionOn(server, adminToken, { quota: 5, slug, summary: 'Served from the cache', title: 'Cached Cup' })
  leaderToken = await server.verifiedParticipant(leader.email, leader.password, 'Lia Leader')
  newcomerToken = await server.verifiedParticipant(newcomer.email, newcomer.password, 'Nia Newcomer')
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('public pages are served from the cache, and stay right', () => {
  it('a second anonymous visit is answered from the cache, with 5 places left', async () => {
    await anonymousVisit()
    const second = await anonymousVisit()
    expect(second.cache).toMatch(/HIT|STALE/)
    expect(second.html).toMatch(/5 places left/)
    // Once Next.js has answered it from its cache, the page memory answers it, with the same page.
    await expect.poll(async () => (await anonymousVisit()).memory, { timeout: 30_000 }).toBe('hit')
    expect((await anonymousVisit()).html).toBe(second.html)
    for (const path of ['/id', '/en', `/id/competitions/${slug}/results`]) {
      await fetch(`${server.url}${path}`)
      expect((await fetch(`${server.url}${path}`)).headers.get('x-nextjs-cache'), path).toMatch(/HIT|STALE/)
    }
  })

  it('a new registration changes the number on the cached page, and withdrawing gives the place back', async () => {
    registrationId = await registerOnePersonTeamOn(server, leaderToken, {
      competition: competitionId,
      email: leader.email,
      institution: 'Universitas Indonesia',
      name: 'Lia Leader',
      studentId: 'UI-1',
      teamName: 'Cache Busters',
    })
    await expect.poll(placesLeft, { timeout: 30_000 }).toBe(4)
    // Cached again once rendered with the new number, and in the page memory again.
    await anonymousVisit()
    expect((await anonymousVisit()).cache).toMatch(/HIT|STALE/)
    await expect.poll(async () => (await anonymousVisit()).memory, { timeout: 30_000 }).toBe('hit')

    const withdrawn = await server.api('PATCH', `/registrations/${registrationId}`, { status: 'withdrawn' }, leaderToken)
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    await expect.poll(placesLeft, { timeout: 30_000 }).toBe(5)

    // Registered again, for the personal state below.
    await registerOnePersonTeamOn(server, leaderToken, {
      competition: competitionId,
      email: leader.email,
      institution: 'Universitas Indonesia',
      name: 'Lia Leader',
      studentId: 'UI-1',
      teamName: 'Cache Busters Again',
    })
    await expect.poll(placesLeft, { timeout: 30_000 }).toBe(4)
  })

  it('the cached HTML says nothing personal, even to a logged-in visitor', async () => {
    await anonymousVisit()
    const response = await fetch(pageUrl(), { headers: { Cookie: `payload-token=${leaderToken}` } })
    expect(response.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/)
    const html = await response.text()
    expect(html).not.toContain('Lia Leader')
    expect(html).not.toContain('Your team is registered')
    expect(html).toContain('Log in to register a team')
  })

  it('a registered participant sees their registration and their navigation once the page has loaded', async () => {
    const page = await withCookie(leaderToken)
    await page.goto(pageUrl())
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Your team is registered\./)
    await page.locator('main').getByRole('link', { name: 'My registrations' }).click()
    await page.waitForURL(`${server.url}/en/dashboard`)
    await page.goto(pageUrl())
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect.poll(() => nav.getByRole('link', { name: 'Dashboard' }).count()).toBe(1)
    expect(await nav.getByRole('link', { name: 'Log in' }).count()).toBe(0)
    await page.context().close()
  })

  it('a participant without a team gets the register button; a visitor, the log-in link', async () => {
    const page = await withCookie(newcomerToken)
    await page.goto(pageUrl())
    await expect.poll(() => page.locator('main').getByRole('link', { name: 'Register a team' }).count()).toBe(1)
    expect(await page.locator('main').getByText('Your team is registered').count()).toBe(0)
    await page.context().close()

    const context = await browser.newContext()
    const anonymous = await context.newPage()
    await anonymous.goto(pageUrl())
    await hydrated(anonymous.getByRole('group', { name: 'Language' }).getByRole('link').first())
    await expect.poll(() => anonymous.locator('main').getByRole('link', { name: 'Log in to register a team' }).count()).toBe(1)
    expect(await anonymous.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).count()).toBe(1)
    await context.close()
  })

  it('logging out from a cached page leaves the visitor logged out', async () => {
    const page = await withCookie(newcomerToken)
    await page.goto(pageUrl())
    const logOut = await hydrated(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log out' }))
    await logOut.click()
    await page.waitForURL(`${server.url}/en`)
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).count()).toBe(1)
    await page.context().close()
  })
})

describe('addresses that are not pages', () => {
  // Next.js sends a 404's words in its data, not its HTML (vercel/next.js#62228): the page shows
  // them once its script has run, which is what is checked here.
  it('get a 404 page in the address language, with a way back to the competitions, never from the page memory', async () => {
    for (const [lang, path] of [
      ['id', '/id/competitions/no-such-cup'],
      ['en', '/en/competitions/no-such-cup'],
      ['en', '/en/no/such/page'],
    ] as const) {
      for (let visit = 0; visit < 3; visit++) {
        const response = await fetch(`${server.url}${path}`)
        await response.text()
        expect(response.status, path).toBe(404)
        expect(response.headers.get('x-page-memory'), path).toBeNull()
      }
      const words = pageWords(lang)
      const page = await browser.newPage()
      expect((await page.goto(`${server.url}${path}`))?.status()).toBe(404)
      await expect.poll(() => page.getByRole('heading', { name: words.notFoundTitle }).count(), { timeout: 30_000 }).toBe(1)
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      await page.getByRole('link', { name: words.goHome }).click()
      await page.waitForURL(`${server.url}/${lang}`)
      await page.close()
    }
  })
})
