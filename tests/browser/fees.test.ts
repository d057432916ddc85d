import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { publishCompetitionOn } from '../helpers/browserFixtures'
import { png } from '../helpers/files'
import { daysFromNow } from '../helpers/fixtures'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * During an early-bird wave every page shows the fee the server charges at that moment (the
 * regular fee once was shown while the wave ran), and registering is charged exactly that.
 */
const slug = 'early-bird-cup'
const email = 'fee@browser.test'
const password = 'fee-pass-123'

let server: RunningServer
let browser: Browser
let page: Page
let competitionId = ''
let participantToken = ''

const text = (p: Page) => p.locator('main').innerText()

beforeAll(async () => {
  server = await startServer()
  const adminToken = await server.login(server.admin.email, server.admin.password)
  competitionId = await publishCompetitionOn(server, adminToken, {
    category: 'business-plan',
    fee: 150000,
    feeSchedule: [
      { fee: 125000, label: 'Wave 2', until: daysFromNow(10) },
      { fee: 100000, label: 'Early bird', until: daysFromNow(3) },
    ],
    quota: 10,
    slug,
    summary: 'Fees in waves',
    title: 'Early Bird Cup',
  })

  participantToken = await server.verifiedParticipant(email, password, 'Fee Tester')

  browser = await launchChromium()
  const context = await browser.newContext({ viewport: { height: 900, width: 1100 } })
  await context.addCookies([{ name: 'payload-token', url: server.url, value: participantToken }])
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the fee a visitor sees is the fee the server charges now', () => {
  it('home page: the early-bird price and until when, and the category by its name', async () => {
    await page.goto(`${server.url}/en`)
    const card = page.locator('.card', { hasText: 'Early Bird Cup' })
    await expect.poll(() => card.innerText()).toMatch(/Rp\s?100\.000 \(Early bird until /)
    expect(await card.innerText()).not.toMatch(/150\.000/)
    expect(await card.innerText()).toContain('Business plan')
    await page.goto(`${server.url}/id`)
    expect(await page.locator('.card', { hasText: 'Early Bird Cup' }).innerText()).toContain('Rencana bisnis')
  })

  it('competition page and register page show the same fee', async () => {
    await page.goto(`${server.url}/en/competitions/${slug}`)
    expect(await page.locator('[data-fee]').first().getAttribute('data-fee')).toBe('100000')
    await page.goto(`${server.url}/en/competitions/${slug}/register`)
    expect(await text(page)).toMatch(/Rp\s?100\.000 \(Early bird until /)
    // A fee is due, so the form asks for the payment proof.
    expect(await page.locator('input[name="paymentProof"]').count()).toBeGreaterThan(0)
  })

  it('search engines read the same fee: the JSON-LD Event offers the early-bird price, with canonical and hreflang', async () => {
    await page.goto(`${server.url}/en/competitions/${slug}`)
    expect(await page.title()).toMatch(/Early Bird Cup/)
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) as string)
    expect(jsonLd['@type']).toBe('Event')
    expect(jsonLd.name).toBe('Early Bird Cup')
    const offers = Array.isArray(jsonLd.offers) ? jsonLd.offers[0] : jsonLd.offers
    expect(Number(offers.price)).toBe(100000)
    expect(offers.priceCurrency).toBe('IDR')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${server.url}/en/competitions/${slug}`)
    expect(await page.locator('link[rel="alternate"][hreflang="id"]').getAttribute('href')).toBe(`${server.url}/id/competitions/${slug}`)
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    expect(sitemap).toContain(`${server.url}/id/competitions/${slug}`)
    const robots = await (await fetch(`${server.url}/robots.txt`)).text()
    expect(robots).toMatch(/Disallow: \/admin/)
  })

  it('registering is charged exactly what the pages showed', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'ktm.png')
    const card = await server.api('POST', '/attachments', form, participantToken)
    const proofForm = new FormData()
    proofForm.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'proof.png')
    const proof = await server.api('POST', '/attachments', proofForm, participantToken)
    const registration = await server.api(
      'POST',
      '/registrations',
      {
        competition: competitionId,
        institution: 'Universitas Gadjah Mada',
        members: [{ email, name: 'Fee Tester', studentCard: card.body.doc.id, studentId: '22/123' }],
        paymentProof: proof.body.doc.id,
        teamName: 'Early Birds',
      },
      participantToken,
    )
    expect(registration.status, JSON.stringify(registration.body)).toBe(201)
    expect(registration.body.doc.feeDue).toBe(100000)
  })
})
