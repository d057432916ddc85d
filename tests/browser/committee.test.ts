import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hydrated, launchChromium } from '../helpers/browser'
import { publishCompetitionOn, uploadPngOn } from '../helpers/browserFixtures'
import { parseCsv } from '../helpers/csv'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * A committee member's day in the admin panel, in a real browser against the production
 * server: the overview's counts, three registrations reviewed with "review next" (one by its
 * keyboard shortcut), five verified at once from the list, the CSV downloaded and read, and an
 * announcement posted that a participant sees on their dashboard and receives by email.
 */
const TEAMS = [
  'Garuda Byte',
  'Ni Luh Putu Ayu Saraswati',
  'Kancil Labs',
  'Komodo Stack',
  'Rajawali Dev',
  'Cendrawasih AI',
  'Merapi Coders',
  'Bromo Squad',
]

let server: RunningServer
let browser: Browser
let committeeContext: BrowserContext
let page: Page
let adminToken = ''
let competitionId = ''
const teams: { email: string; id: string; name: string; token: string }[] = []

const statusOf = async (id: string) =>
  (await server.api('GET', `/registrations/${id}?depth=0`, undefined, adminToken)).body.status as string

beforeAll(async () => {
  server = await startServer()
  adminToken = await server.login(server.admin.email, server.admin.password)
  competitionId = await publishCompetitionOn(server, adminToken, {
    fee: 50000,
    quota: 50,
    slug: 'committee-cup',
    summary: 'A committee at work',
    title: 'Committee Cup',
  })

  for (const [index, name] of TEAMS.entries()) {
    const email = `team${index}@committee.test`
    const token = await server.verifiedParticipant(email, `team-pass-${index}-x`, name)
    const upload = (file: string) => uploadPngOn(server, token, file)
    const registration = await server.api(
      'POST',
      '/registrations',
      {
        competition: competitionId,
        institution: 'Universitas Gadjah Mada',
        members: [{ email, name, studentCard: await upload('ktm.png'), studentId: `22/${1000 + index}` }],
        paymentProof: await upload('bukti-transfer.png'),
        teamName: name,
      },
      token,
    )
    expect(registration.status, JSON.stringify(registration.body)).toBe(201)
    teams.push({ email, id: registration.body.doc.id, name, token })
  }

  browser = await launchChromium()
  committeeContext = await browser.newContext({ acceptDownloads: true, viewport: { height: 1000, width: 1400 } })
  await committeeContext.addCookies([{ name: 'payload-token', url: server.url, value: adminToken }])
  page = await committeeContext.newPage()
  page.setDefaultTimeout(60_000)
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the committee at work', () => {
  it('the overview shows the competition with eight registrations waiting for review', async () => {
    await page.goto(`${server.url}/admin`)
    const card = page.locator(`article[data-competition="${competitionId}"]`)
    await expect.poll(() => card.locator('dd[data-status="pending"]').innerText()).toBe('8')
    expect(await card.locator('dd[data-status="verified"]').innerText()).toBe('0')
  })

  it('reviews three registrations with "review next": verify by shortcut, verify by button, ask for a revision with a note', async () => {
    await page.goto(`${server.url}/admin/review?competition=${competitionId}`)
    const showing = (name: string) => expect.poll(() => page.locator('h2', { hasText: name }).count(), { timeout: 60_000 }).toBe(1)

    await showing(TEAMS[0])
    await hydrated(page.locator('[data-action="verified"]'))
    await page.keyboard.press('v')
    await showing(TEAMS[1])
    expect(await statusOf(teams[0].id)).toBe('verified')

    await (await hydrated(page.locator('[data-action="verified"]'))).click()
    await showing(TEAMS[2])
    expect(await statusOf(teams[1].id)).toBe('verified')

    await page.locator('#review-note').fill('The student card photo is blurred; please upload a sharper one.')
    await (await hydrated(page.locator('[data-action="needs-revision"]'))).click()
    await showing(TEAMS[3])
    expect(await statusOf(teams[2].id)).toBe('needs-revision')
    const mail = await server.mailbox.waitFor(teams[2].email, (m) => /Action needed/.test(m.subject), 30_000)
    expect(mail.text).toContain('sharper one')
  })

  it('verifies the five still waiting at once from the filtered list', async () => {
    await page.goto(`${server.url}/admin/collections/registrations`)
    await (await hydrated(page.locator('[data-filter="waiting"]'))).click()
    await expect.poll(() => page.locator('.table tbody tr').count(), { timeout: 60_000 }).toBe(5)
    await (await hydrated(page.locator('#select-all'))).check()
    await page.getByLabel(/Choose an action/).selectOption('verified')
    await (await hydrated(page.locator('[data-action="bulk-apply"]'))).click()
    await expect.poll(() => page.locator('[data-ok="true"]').count(), { timeout: 60_000 }).toBe(5)
    for (const team of teams.slice(3)) expect(await statusOf(team.id)).toBe('verified')
    await server.mailbox.waitFor(teams[7].email, (m) => /verified/i.test(m.subject), 30_000)
  })

  it('downloads the registrations CSV from the overview and reads every team in it', async () => {
    await page.goto(`${server.url}/admin`)
    const card = page.locator(`article[data-competition="${competitionId}"]`)
    await expect.poll(() => card.locator('dd[data-status="verified"]').innerText()).toBe('7')
    const link = card.locator('a[href*="/export/registrations.csv"]').first()
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const file = await download.path()
    const bytes = await (await import('node:fs/promises')).readFile(file as string)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(bytes.toString('utf8').slice(1))
    const header = rows[0]
    const body = rows.slice(1).filter((row) => row.length > 1)
    expect(body).toHaveLength(8)
    const teamColumn = header.findIndex((title) => /team/i.test(title))
    expect(body.map((row) => row[teamColumn]).sort()).toEqual([...TEAMS].sort())
    expect(bytes.toString('utf8')).toContain('Ni Luh Putu Ayu Saraswati')
  })

  it('posts an announcement that a participant sees on the dashboard and receives by email', async () => {
    const title = 'Technical meeting on Saturday'
    await page.goto(`${server.url}/admin/collections/announcements/create`)
    await (await hydrated(page.locator('#field-title'))).fill(title)
    const competition = page.locator('#field-competition')
    await competition.click()
    await page.keyboard.type('Committee Cup')
    await page.locator('.rs__option', { hasText: 'Committee Cup' }).first().click()
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await page.keyboard.type('Join us on Zoom at 09:00 WIB; bring your student card.')
    await (await hydrated(page.locator('#action-save'))).click()
    await expect.poll(() => page.url(), { timeout: 60_000 }).toMatch(/\/admin\/collections\/announcements\/[0-9a-f-]{36}/)

    const mail = await server.mailbox.waitFor(teams[0].email, (m) => m.subject.includes(title), 60_000)
    expect(mail.text).toContain('Join us on Zoom at 09:00 WIB')

    const participant = await browser.newContext()
    await participant.addCookies([{ name: 'payload-token', url: server.url, value: teams[0].token }])
    const dashboard = await participant.newPage()
    await dashboard.goto(`${server.url}/en/dashboard`)
    const section = dashboard.locator('section', { has: dashboard.getByRole('heading', { name: 'Announcements' }) })
    await expect.poll(() => section.innerText()).toContain(title)
    expect(await section.innerText()).toContain('Join us on Zoom')
    await participant.close()
  })
})
