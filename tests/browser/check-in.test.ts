import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hydrated, launchChromium } from '../helpers/browser'
import { publishCompetitionOn, registerOnePersonTeamOn } from '../helpers/browserFixtures'
import { cameraFilming, launchChromiumWithCamera } from '../helpers/fakeCamera'
import { daysFromNow } from '../helpers/fixtures'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * The finals' door: a finalist sees their ticket (QR code and code) on the dashboard, a committee
 * member types that code at /admin/check-in and sees them checked in, a second entry says
 * "already checked in", and the stage's list shows them in.
 */
const FINALIST = 'Ni Luh Putu Ayu Saraswati'

let server: RunningServer
let browser: Browser
let page: Page
let adminToken = ''
let finalistToken = ''
let competitionId = ''
let code = ''
/** The ticket's QR code as the dashboard draws it (a screenshot of its SVG). */
let ticketImage: Buffer

const stage = (key: string, name: string, extra: object) => ({
  acceptedFileTypes: ['pdf'],
  closesAt: daysFromNow(1),
  key,
  maxFileSizeMB: 1,
  name,
  opensAt: daysFromNow(-1),
  submissionKinds: ['link'],
  ...extra,
})

beforeAll(async () => {
  server = await startServer()
  adminToken = await server.login(server.admin.email, server.admin.password)
  competitionId = await publishCompetitionOn(server, adminToken, {
    slug: 'final-day',
    stages: [
      stage('preliminary', 'Preliminary', {}),
      stage('final', 'Grand Final', { closesAt: daysFromNow(3), eligibility: 'advanced', onSite: true, opensAt: daysFromNow(2) }),
    ],
    title: 'Final Day Cup',
  })

  const email = 'finalist@checkin.test'
  finalistToken = await server.verifiedParticipant(email, 'finalist-pass-1x', FINALIST)
  const id = await registerOnePersonTeamOn(server, finalistToken, {
    competition: competitionId,
    email,
    institution: 'Universitas Udayana',
    name: FINALIST,
    studentId: '22/1001',
    teamName: 'Bali Byte',
  })
  expect((await server.api('PATCH', `/registrations/${id}`, { status: 'verified' }, adminToken)).status).toBe(200)
  const advanced = await server.api(
    'POST',
    `/competitions/${competitionId}/stages/preliminary/advance`,
    { registrations: [id] },
    adminToken,
  )
  expect(advanced.status, JSON.stringify(advanced.body)).toBe(200)
  const tickets = await server.api('GET', '/tickets', undefined, finalistToken)
  expect(tickets.body.docs).toHaveLength(1)
  code = tickets.body.docs[0].code

  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('checking a finalist in', () => {
  it('the finalist sees their ticket on the dashboard: a QR code and the code written out', async () => {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', url: server.url, value: finalistToken }])
    const own = await context.newPage()
    await own.goto(`${server.url}/en/dashboard`)
    const ticket = own.locator(`[data-ticket-code="${code}"]`)
    await expect.poll(() => ticket.count(), { timeout: 60_000 }).toBe(1)
    expect(await ticket.locator('svg').count()).toBe(1)
    ticketImage = await ticket.locator('svg').screenshot()
    expect(await ticket.innerText()).toContain('Grand Final')
    await own.screenshot({ fullPage: true, path: 'test-results/screenshots/dashboard-ticket.png' })
    await context.close()
  })

  it('a committee member types the code at /admin/check-in and sees them checked in', async () => {
    const context = await browser.newContext({ viewport: { height: 1000, width: 1400 } })
    await context.addCookies([{ name: 'payload-token', url: server.url, value: adminToken }])
    page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${server.url}/admin/check-in?competition=${competitionId}&stage=final`)
    const input = await hydrated(page.getByLabel('Ticket code'))
    await input.fill(code.toLowerCase())
    await page.getByRole('button', { exact: true, name: 'Check in' }).click()
    const result = page.locator('[data-check-in-result]')
    await expect.poll(() => result.getAttribute('data-check-in-result'), { timeout: 60_000 }).toBe('new')
    expect(await result.innerText()).toContain(FINALIST)
    expect(await result.innerText()).toContain('Bali Byte')
    expect(await result.innerText()).toContain('Grand Final')
    // The stage's list, rendered by the server, now has them in.
    await expect.poll(() => page.getByRole('table', { name: 'Checked in' }).locator('tr', { hasText: FINALIST }).count()).toBe(1)
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/admin-check-in.png' })
  })

  it('entering the same code again says "already checked in", with the time and who', async () => {
    await page.getByLabel('Ticket code').fill(code)
    await page.getByRole('button', { exact: true, name: 'Check in' }).click()
    const result = page.locator('[data-check-in-result]')
    await expect.poll(() => result.getAttribute('data-check-in-result'), { timeout: 60_000 }).toBe('already')
    expect(await result.innerText()).toMatch(/Already checked in/)
    expect(await result.innerText()).toMatch(/already checked in at \d\d:\d\d WIB/)
  })

  it("the camera reads the QR code from the participant's dashboard (with the JS decoder: this chromium has no BarcodeDetector)", async () => {
    const cameraBrowser = await launchChromiumWithCamera(await cameraFilming(ticketImage))
    try {
      const context = await cameraBrowser.newContext({ permissions: ['camera'], viewport: { height: 1000, width: 1400 } })
      await context.addCookies([{ name: 'payload-token', url: server.url, value: adminToken }])
      const desk = await context.newPage()
      desk.setDefaultTimeout(60_000)
      await desk.goto(`${server.url}/admin/check-in?competition=${competitionId}&stage=final`)
      expect(await desk.evaluate(() => 'BarcodeDetector' in window)).toBe(false)
      await (await hydrated(desk.getByRole('button', { name: 'Scan with the camera' }))).click()
      const result = desk.locator('[data-check-in-result]')
      // Checked in by the typed code above: the scan reaches the same ticket and says so.
      await expect.poll(() => result.getAttribute('data-check-in-result'), { timeout: 60_000 }).toBe('already')
      expect(await result.innerText()).toContain(FINALIST)
      // The camera is released once a code is read.
      await expect.poll(() => desk.getByRole('button', { name: 'Scan with the camera' }).count()).toBe(1)
    } finally {
      await cameraBrowser.close()
    }
  })
})
