import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { publishCompetitionOn, registerOnePersonTeamOn } from '../helpers/browserFixtures'
import { daysFromNow } from '../helpers/fixtures'
import { pdfText } from '../helpers/pdf'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * Issue 14's certificate journey: a winner finds their certificate on the dashboard, downloads the
 * PDF (their name, with its diacritics, is in it) and its verification page shows who it is for.
 */
const email = 'winner@browser.test'
const password = 'winner-pass-123'
const name = 'Nguyễn Thị Ánh'

let server: RunningServer
let browser: Browser
let page: Page
let code = ''

beforeAll(async () => {
  // Behind a trusted proxy each client is known by X-Forwarded-For; a small verification limit
  // shows the page and the API counting as one (requests without the header are not counted).
  server = await startServer({ env: { RATE_LIMIT_CERTIFICATE_VERIFY_IP: '5/15m', TRUST_PROXY: 'true' } })
  const admin = await server.login(server.admin.email, server.admin.password)
  const competition = await publishCompetitionOn(server, admin, {
    slug: 'certificate-cup',
    stages: [{ closesAt: daysFromNow(1), key: 'final', name: 'Final', opensAt: daysFromNow(-1), submissionKinds: ['link'] }],
    title: 'Certificate Cup',
  })
  const winner = await server.verifiedParticipant(email, password, name)
  const id = await registerOnePersonTeamOn(server, winner, {
    competition,
    email,
    institution: 'Universitas Indonesia',
    name,
    studentId: '22/1',
    teamName: 'Garuda',
  })
  expect((await server.api('PATCH', `/registrations/${id}`, { status: 'verified' }, admin)).status).toBe(200)
  const submitted = await server.api(
    'POST',
    '/submissions',
    { link: 'https://example.org/garuda', registration: id, stage: 'final' },
    winner,
  )
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)
  expect((await server.api('PATCH', `/registrations/${id}`, { placing: 'first' }, admin)).status).toBe(200)
  expect((await server.api('POST', `/competitions/${competition}/stages/final/publish`, {}, admin)).status).toBe(200)
  expect((await server.api('POST', `/competitions/${competition}/certificates`, {}, admin)).status).toBe(202)
  // The PDFs are made by queued jobs: wait until both of the winner's certificates have their file
  // (expect.poll is for test bodies only).
  const generated = async () =>
    ((await server.api('GET', '/certificates?limit=10', undefined, winner)).body.docs ?? []).filter(
      (doc: { filename?: string }) => doc.filename,
    ).length
  const deadline = Date.now() + 120_000
  while ((await generated()) < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500))
  expect(await generated()).toBe(2)
  code = (await server.api('GET', '/certificates?where[kind][equals]=winner', undefined, winner)).body.docs[0].code

  browser = await launchChromium()
  const context = await browser.newContext({ acceptDownloads: true, viewport: { height: 900, width: 1100 } })
  await context.addCookies([{ name: 'payload-token', url: server.url, value: winner }])
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a winner’s certificate', () => {
  it('is on the dashboard and downloads as a PDF with their name', async () => {
    await page.goto(`${server.url}/en/dashboard`)
    const item = page.locator('[data-certificates] li[data-certificate="winner"]')
    expect(await item.innerText()).toMatch(/Certificate of Achievement \(1st place\) · Certificate Cup/)
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: 'Download PDF' }).click()])
    const file = await download.path()
    const text = await pdfText(await fs.readFile(file))
    expect(text).toContain(name)
    expect(text).toContain('Certificate Cup')
  })

  it('is confirmed by its public verification page, for anyone', async () => {
    const anonymous = await browser.newPage()
    await anonymous.goto(`${server.url}/id/certificates/${code}`)
    expect(await anonymous.locator('[data-holder]').innerText()).toBe(name)
    expect(await anonymous.locator('main').innerText()).toMatch(/Sertifikat Juara/)
    const missing = await anonymous.goto(`${server.url}/id/certificates/2222-3333-4444-5555-6666`)
    expect(missing?.status()).toBe(404)
    await anonymous.close()
  })

  it('cannot be used to scan codes: the page and the API share one rate limit per client', async () => {
    const from = { 'x-forwarded-for': '203.0.113.9' }
    const pageFor = (what: string) => fetch(`${server.url}/en/certificates/${what}`, { headers: from })
    for (let attempt = 0; attempt < 3; attempt++) expect((await pageFor(code)).status).toBe(200)
    expect((await pageFor('2222-3333-4444-5555-6666')).status).toBe(404)
    expect((await fetch(`${server.url}/api/certificates/verify/${code}`, { headers: from })).status).toBe(200)
    // The sixth check from this client: the page names nobody, and the API says how long to wait.
    const limited = await pageFor(code)
    const html = await limited.text()
    expect(html).toContain('Too many certificate checks')
    expect(html).not.toContain(name)
    const refused = await fetch(`${server.url}/api/certificates/verify/${code}`, { headers: from })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another client is not held back by the first one's count.
    const other = await fetch(`${server.url}/en/certificates/${code}`, { headers: { 'x-forwarded-for': '203.0.113.10' } })
    expect(await other.text()).toContain(name)
  })
})
