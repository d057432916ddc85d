import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hydrated, launchChromium } from '../helpers/browser'
import { png, simplePdf } from '../helpers/files'
import { daysFromNow } from '../helpers/fixtures'
import { pdfText } from '../helpers/pdf'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * A participant's whole journey in a real browser (Debian's chromium) against the production
 * build: sign up, verify by the emailed link, log in, register a team with documents, get
 * verified by the committee in /admin, and see it. Screenshots go to test-results/.
 */
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')

let server: RunningServer
let browser: Browser
let adminToken: string
const slugs = { closed: 'closed-cup', full: 'full-cup', open: 'open-cup' }
const judges = [
  { email: 'juri@browser.test', password: 'other-pass-123' },
  { email: 'juri2@browser.test', password: 'other-pass-123' },
]
let openCompetitionId = ''

const shot = async (page: Page, name: string) => {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ fullPage: true, path: path.join(SHOTS, `${name}.png`) })
}

/** A new browser window logged in to /admin as the given account. */
const adminWindow = async (email: string, password: string): Promise<Page> => {
  const window = await (await browser.newContext({ viewport: { height: 900, width: 1300 } })).newPage()
  window.setDefaultTimeout(60_000)
  await window.goto(`${server.url}/admin/login`)
  await window.locator('#field-email').fill(email)
  await window.locator('#field-password').fill(password)
  await (await hydrated(window.locator('button[type="submit"]'))).click()
  await window.waitForURL(/\/admin(?!\/login)/)
  return window
}

const preliminary = {
  acceptedFileTypes: ['pdf'],
  closesAt: daysFromNow(3),
  key: 'preliminary',
  maxFileSizeMB: 5,
  name: 'Preliminary',
  opensAt: daysFromNow(-1),
  // Each submission goes to one of the two judges (assigned in the judging test).
  judgesPerSubmission: 1,
  rubric: [{ criterion: 'Quality', maxScore: 10, weight: 1 }],
  submissionKinds: ['file'],
}
/** The open competition's final is held on site: its teams get tickets and are checked in at the door. */
const onSiteFinal = {
  closesAt: daysFromNow(5),
  eligibility: 'advanced',
  key: 'final',
  name: 'Grand Final',
  onSite: true,
  opensAt: daysFromNow(4),
  submissionKinds: ['link'],
}

const competition = (slug: string, overrides: Record<string, unknown>) => ({
  _status: 'published',
  category: 'hackathon',
  fee: 50000,
  registrationClosesAt: daysFromNow(7),
  registrationOpensAt: daysFromNow(-1),
  slug,
  stages: [preliminary],
  summary: `The ${slug} summary`,
  teamSize: { max: 3, min: 2 },
  title: slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
  ...overrides,
})

/** A verified participant made through the API: sign up, emailed link, log in. */
const apiParticipant = (email: string) => server.verifiedParticipant(email, 'other-pass-123', 'Other Leader')

beforeAll(async () => {
  server = await startServer()
  adminToken = await server.login(server.admin.email, server.admin.password)
  // Two judges: each signs up like anyone, then an admin gives the role and puts them on the panel.
  const judgeIds: string[] = []
  for (const judge of judges) {
    await apiParticipant(judge.email)
    const judgeUser = (await server.api('GET', `/users?where[email][equals]=${judge.email}`, undefined, adminToken)).body.docs[0]
    expect((await server.api('PATCH', `/users/${judgeUser.id}`, { role: 'judge' }, adminToken)).status).toBe(200)
    judgeIds.push(judgeUser.id)
  }
  const open = await server.api(
    'POST',
    '/competitions',
    competition(slugs.open, { judges: judgeIds, quota: 5, stages: [preliminary, onSiteFinal] }),
    adminToken,
  )
  expect(open.status).toBe(201)
  openCompetitionId = open.body.doc.id
  expect(
    (
      await server.api(
        'POST',
        '/competitions',
        competition(slugs.closed, { registrationClosesAt: daysFromNow(-1), registrationOpensAt: daysFromNow(-5), stages: [] }),
        adminToken,
      )
    ).status,
  ).toBe(201)
  const full = await server.api(
    'POST',
    '/competitions',
    competition(slugs.full, { fee: 0, quota: 1, stages: [], teamSize: { max: 1, min: 1 }, waitlist: true }),
    adminToken,
  )
  expect(full.status).toBe(201)
  // Someone else takes the only place of the full competition.
  const otherToken = await apiParticipant('other@browser.test')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'ktm.png')
  const card = await server.api('POST', '/attachments', form, otherToken)
  const taken = await server.api(
    'POST',
    '/registrations',
    {
      competition: full.body.doc.id,
      institution: 'ITB',
      members: [{ email: 'other@browser.test', name: 'Other', studentCard: card.body.doc.id, studentId: '1' }],
      teamName: 'Early Birds',
    },
    otherToken,
  )
  expect(taken.status).toBe(201)
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a participant in the browser', () => {
  let page: Page
  const email = 'rina@browser.test'
  const password = 'rina-pass-123'
  let registrationCode = ''

  beforeAll(async () => {
    page = await (await browser.newContext({ viewport: { height: 900, width: 1100 } })).newPage()
    page.setDefaultTimeout(90_000)
  })

  it('finds the open competition on the home page, in Indonesian by default', async () => {
    await page.goto(server.url)
    await expect.poll(() => page.url()).toBe(`${server.url}/id`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kompetisi')
    await shot(page, '01-home-id')
    await page.getByRole('link', { name: 'Open Cup' }).click()
    await expect.poll(() => page.url()).toContain(`/id/competitions/${slugs.open}`)
  })

  it('switches language and stays on the same page', async () => {
    await page.getByRole('group', { name: 'Bahasa' }).getByRole('link', { name: 'EN' }).click()
    await expect.poll(() => page.url()).toBe(`${server.url}/en/competitions/${slugs.open}`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Open Cup')
    expect(await page.getByRole('link', { name: 'Log in to register a team' }).count()).toBe(1)
    await shot(page, '02-competition-en')
  })

  it('signs up, verifies from the email link, and logs in', async () => {
    await page.goto(`${server.url}/en/signup`)
    const signUp = await hydrated(page.getByRole('button', { name: 'Sign up' }))
    await page.getByLabel('Name').fill('Rina Leader')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByLabel('Institution').fill('Universitas Gadjah Mada')
    await signUp.click()
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Account created/)

    const mail = await server.mailbox.waitFor(email, (m) => /Verify/.test(m.subject), 30_000)
    const link = /http\S+\/verify-email\?token=[^\s)]+/.exec(mail.text)![0]
    expect(link.startsWith(server.url)).toBe(true)
    await page.goto(link)
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/verified|terverifikasi/i)

    await page.goto(`${server.url}/en/login`)
    const logIn = await hydrated(page.getByRole('button', { name: 'Log in' }))
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await logIn.click()
    await expect.poll(() => page.url(), { timeout: 60_000 }).toBe(`${server.url}/en/dashboard`)
    await expect.poll(() => page.locator('main').textContent()).toMatch(/not registered a team yet/)
  })

  it('sees server errors beside the right field, then registers a team with documents', async () => {
    await page.goto(`${server.url}/en/competitions/${slugs.open}/register`)
    const registerButton = await hydrated(page.getByRole('button', { name: 'Register a team' }))
    await page.getByLabel('Team name').fill('Kopi Kode')
    const member2 = page.getByRole('group', { name: 'Member 2' })
    await member2.getByLabel('Name').fill('Budi Member')
    await member2.getByLabel('Email').fill('budi@browser.test')
    await member2.getByLabel('Student ID (NIM)').fill('NIM-2')
    await page.getByLabel('Student ID (NIM)').first().fill('NIM-1')
    await registerButton.click()
    // No payment proof yet: the server's message appears beside that field, and nothing else moves.
    await expect
      .poll(() => page.locator('label', { hasText: 'Payment proof' }).getByRole('alert').textContent())
      .toMatch(/Upload the payment proof/)
    expect(await page.getByRole('group', { name: 'Member 1' }).getByRole('alert').count()).toBe(0)
    await shot(page, '03-register-errors')

    const leader = page.getByRole('group', { name: 'Member 1' })
    await leader.getByLabel('Student card (KTM)').setInputFiles({ buffer: await png(), mimeType: 'image/png', name: 'ktm-rina.png' })
    await member2.getByLabel('Student card (KTM)').setInputFiles({ buffer: await png(), mimeType: 'image/png', name: 'ktm-budi.png' })
    await page
      .getByLabel('Payment proof')
      .setInputFiles({ buffer: simplePdf('Transfer Rp50.000'), mimeType: 'application/pdf', name: 'transfer.pdf' })
    await registerButton.click()
    await expect.poll(() => page.url(), { timeout: 60_000 }).toBe(`${server.url}/en/dashboard`)
    const card = page.locator('[data-registration]').first()
    registrationCode = (await card.getAttribute('data-registration')) ?? ''
    expect(registrationCode).toMatch(/^OC-\d{4}$/)
    expect(await card.locator('[data-status]').getAttribute('data-status')).toBe('pending')
    await shot(page, '04-dashboard-pending')
  })

  it('edits the registration while it is pending', async () => {
    await page.getByRole('link', { name: 'Edit registration' }).click()
    const save = await hydrated(page.getByRole('button', { name: 'Save' }))
    await page.getByLabel('Team name').fill('Kopi Kode Dua')
    await save.click()
    await expect.poll(() => page.url(), { timeout: 60_000 }).toBe(`${server.url}/en/dashboard`)
    await expect.poll(() => page.locator('[data-registration] h2').first().textContent()).toContain('Kopi Kode Dua')
  })

  it('is verified by a committee member in /admin, and sees it', async () => {
    const admin = await adminWindow(server.admin.email, server.admin.password)
    const { body } = await server.api('GET', `/registrations?where[code][equals]=${registrationCode}`, undefined, adminToken)
    await admin.goto(`${server.url}/admin/collections/registrations/${body.docs[0].id}`)
    await (await hydrated(admin.locator('#field-status'))).click()
    await admin.getByText('Verified', { exact: true }).click()
    await admin.locator('#action-save').click()
    await expect
      .poll(async () => (await server.api('GET', `/registrations/${body.docs[0].id}`, undefined, adminToken)).body.status, {
        timeout: 30_000,
      })
      .toBe('verified')
    await shot(admin, '05-admin-registration-verified')

    await page.reload()
    expect(await page.locator('[data-registration] [data-status]').first().getAttribute('data-status')).toBe('verified')
    await shot(page, '06-dashboard-verified')
  })

  it('submits a file for the open stage and sees it with its time', async () => {
    await page.goto(`${server.url}/en/dashboard`)
    await page.getByRole('link', { name: 'Submissions' }).click()
    const stage = page.locator('[data-stage="preliminary"]')
    const submit = await hydrated(stage.getByRole('button', { name: 'Submit' }))
    await stage.getByLabel('File').setInputFiles({ buffer: simplePdf('Our proposal'), mimeType: 'application/pdf', name: 'proposal.pdf' })
    await submit.click()
    await expect.poll(() => stage.locator('[data-submission] time').count(), { timeout: 120_000 }).toBe(1)
    const submittedAt = await stage.locator('[data-submission] time').getAttribute('datetime')
    expect(Math.abs(Date.now() - new Date(submittedAt as string).getTime())).toBeLessThan(5 * 60_000)
    expect(await stage.getByRole('link', { name: /proposal.*\.pdf/ }).count()).toBe(1)
    await shot(page, '07-submission')
  })

  it("a member accepts the emailed invitation (logging in from its page) and replaces the team's file", async () => {
    // Budi was listed as member 2 at registration: the invitation went to him, not to the leader.
    const invitation = await server.mailbox.waitFor('budi@browser.test', (m) => /invited to join/.test(m.subject), 30_000)
    expect(server.mailbox.for(email).some((m) => /invited to join/.test(m.subject))).toBe(false)
    const link = /http\S+\/invitations\/[A-Za-z0-9_-]+/.exec(invitation.text)![0]
    expect(link.startsWith(server.url)).toBe(true)
    await apiParticipant('budi@browser.test')

    const member = await (await browser.newContext({ viewport: { height: 900, width: 1100 } })).newPage()
    member.setDefaultTimeout(90_000)
    await member.goto(link)
    await member.locator('main').getByRole('link', { name: 'Masuk' }).click()
    const logIn = await hydrated(member.locator('main').getByRole('button', { name: 'Masuk' }))
    await member.getByLabel('Email').fill('budi@browser.test')
    await member.getByLabel('Kata sandi').fill('other-pass-123')
    await logIn.click()
    await expect.poll(() => member.url(), { timeout: 60_000 }).toBe(link)
    await (await hydrated(member.getByRole('button', { name: 'Terima undangan' }))).click()
    await expect.poll(() => member.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/You joined Kopi Kode Dua/)
    await shot(member, '07b-invitation-accepted')

    await member.goto(`${server.url}/en/dashboard`)
    await expect.poll(() => member.locator('main').textContent()).toMatch(/You are a member of this team \(leader: Rina Leader\)/)
    expect(await member.getByRole('link', { name: 'Edit registration' }).count()).toBe(0)
    await member.getByRole('link', { name: 'Submissions' }).click()
    const stage = member.locator('[data-stage="preliminary"]')
    const submit = await hydrated(stage.getByRole('button', { name: 'Submit' }))
    await stage
      .getByLabel('File')
      .setInputFiles({ buffer: simplePdf('Our better proposal'), mimeType: 'application/pdf', name: 'budi-proposal.pdf' })
    await submit.click()
    await expect.poll(() => stage.getByRole('link', { name: /budi-proposal.*\.pdf/ }).count(), { timeout: 120_000 }).toBeGreaterThan(0)
    await shot(member, '07c-member-submission')

    // The leader sees who accepted.
    await page.goto(`${server.url}/en/dashboard`)
    expect(await page.locator('[data-member-state="accepted"]').count()).toBe(1)
  })

  it('the committee assigns judges; the judge it went to scores it in /admin, the other cannot; results are published and shown', async () => {
    const committeePage = await adminWindow(server.admin.email, server.admin.password)
    await committeePage.goto(`${server.url}/admin/judging`)
    await (await hydrated(committeePage.getByRole('button', { name: 'Assign judges for Preliminary' }))).click()
    await expect
      .poll(() => committeePage.getByText(/Every submission of "Preliminary" has 1 judge \(1 new assignment\)/).count(), {
        timeout: 30_000,
      })
      .toBe(1)
    // Progress per judge and per submission: nothing scored of one assignment.
    await committeePage.reload()
    await expect
      .poll(() => committeePage.locator('table[aria-label="Judging progress per submission of Preliminary"]').textContent())
      .toMatch(/0 \/ 1/)
    const assignments = (await server.api('GET', '/assignments?depth=1', undefined, adminToken)).body.docs
    expect(assignments).toHaveLength(1)
    const judge = judges.find((each) => each.email === assignments[0].judge.email) as (typeof judges)[number]
    const other = judges.find((each) => each !== judge) as (typeof judges)[number]

    // The judge it did not go to has nothing to score, and the API refuses their score.
    const otherPage = await adminWindow(other.email, other.password)
    await otherPage.goto(`${server.url}/admin/judging`)
    await expect.poll(() => otherPage.getByRole('heading', { name: /To score \(0\)/ }).count()).toBe(1)
    const otherToken = await server.login(other.email, other.password)
    const refused = await server.api(
      'POST',
      '/scores',
      { criteria: [{ criterion: 'Quality', score: 9 }], submission: assignments[0].submission.id },
      otherToken,
    )
    expect(refused.status).toBe(403)
    await otherPage.context().close()

    const judgePage = await adminWindow(judge.email, judge.password)
    await judgePage.goto(`${server.url}/admin/judging`)
    await expect.poll(() => judgePage.getByRole('heading', { name: /To score \(1\)/ }).count()).toBe(1)
    const save = await hydrated(judgePage.getByRole('button', { name: 'Save score' }))
    await judgePage.getByLabel(/Quality/).fill('8')
    await save.click()
    await expect
      .poll(async () => (await server.api('GET', '/scores', undefined, adminToken)).body.docs?.[0]?.total, { timeout: 30_000 })
      .toBe(80)
    await shot(judgePage, '08-admin-judging')

    const { body } = await server.api('GET', `/registrations?where[code][equals]=${registrationCode}`, undefined, adminToken)
    expect((await server.api('PATCH', `/registrations/${body.docs[0].id}`, { placing: 'first' }, adminToken)).status).toBe(200)
    // The committee publishes from the ranking in /admin/judging, confirming the dialog.
    await committeePage.goto(`${server.url}/admin/judging`)
    committeePage.on('dialog', (dialog) => void dialog.accept())
    await (await hydrated(committeePage.getByRole('button', { name: 'Publish results of Preliminary' }))).click()
    await expect.poll(() => committeePage.getByText('Results published.').count(), { timeout: 30_000 }).toBe(1)
    await expect.poll(() => committeePage.getByRole('button', { name: 'Withdraw results of Preliminary' }).count()).toBe(1)
    await shot(committeePage, '09-admin-results-published')
    const stored = (await server.api('GET', `/competitions/${openCompetitionId}`, undefined, adminToken)).body
    expect(stored.stages.map((stage: { resultsPublished?: boolean }) => stage.resultsPublished)).toEqual([true, false])

    // The preliminary's results are out; the winners wait for the final's.
    await page.goto(`${server.url}/en/competitions/${slugs.open}/results`)
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Preliminary → Grand Final/)
    expect(await page.locator('main').textContent()).not.toMatch(/1st place/)
  })

  it('the winning team goes to the on-site final: its leader is checked in by code at the door; certificates are issued and the winner downloads theirs', async () => {
    const committeePage = await adminWindow(server.admin.email, server.admin.password)
    committeePage.on('dialog', (dialog) => void dialog.accept())
    // The committee advances the team from the Preliminary ranking into the on-site Grand Final.
    await committeePage.goto(`${server.url}/admin/judging`)
    await committeePage.getByRole('checkbox', { name: 'Advance Kopi Kode Dua' }).check()
    await (await hydrated(committeePage.getByRole('button', { name: 'Advance ticked teams to Grand Final' }))).click()
    await expect.poll(() => committeePage.getByText('1 team(s) advanced to Grand Final.').count(), { timeout: 30_000 }).toBe(1)

    // The leader's dashboard now holds her personal ticket: a QR code and the code written out.
    await page.goto(`${server.url}/en/dashboard`)
    const ticket = page.locator('[data-ticket-code]')
    await expect.poll(() => ticket.count(), { timeout: 60_000 }).toBe(1)
    expect(await ticket.locator('svg').count()).toBe(1)
    expect(await ticket.innerText()).toContain('Grand Final')
    const ticketCode = (await ticket.getAttribute('data-ticket-code')) as string
    await shot(page, '10b-dashboard-ticket')

    // At the door, a committee member types her code; a second entry says she is already in.
    await committeePage.goto(`${server.url}/admin/check-in?competition=${openCompetitionId}&stage=final`)
    const codeInput = await hydrated(committeePage.getByLabel('Ticket code'))
    const result = committeePage.locator('[data-check-in-result]')
    await codeInput.fill(ticketCode)
    await committeePage.getByRole('button', { exact: true, name: 'Check in' }).click()
    await expect.poll(() => result.getAttribute('data-check-in-result'), { timeout: 60_000 }).toBe('new')
    expect(await result.innerText()).toContain('Rina Leader')
    await expect
      .poll(() => committeePage.getByRole('table', { name: 'Checked in' }).locator('tr', { hasText: 'Rina Leader' }).count())
      .toBe(1)
    await shot(committeePage, '10c-admin-check-in')
    await codeInput.fill(ticketCode)
    await committeePage.getByRole('button', { exact: true, name: 'Check in' }).click()
    await expect.poll(() => result.getAttribute('data-check-in-result'), { timeout: 60_000 }).toBe('already')

    // The final was judged on site: the committee publishes its results and issues the certificates.
    await committeePage.goto(`${server.url}/admin/judging`)
    await (await hydrated(committeePage.getByRole('button', { name: 'Publish results of Grand Final' }))).click()
    await expect
      .poll(() => committeePage.getByRole('button', { name: 'Withdraw results of Grand Final' }).count(), { timeout: 30_000 })
      .toBe(1)
    await (await hydrated(committeePage.getByRole('button', { name: 'Issue certificates' }))).click()
    // Rina and Budi: participation, finalist and winner each; the two judges: appreciation.
    await expect
      .poll(() => committeePage.getByRole('status').filter({ hasText: 'certificate' }).textContent(), { timeout: 30_000 })
      .toMatch(/^ ?8 new certificates/)
    await shot(committeePage, '10d-admin-certificates-issued')
    await page.goto(`${server.url}/en/competitions/${slugs.open}/results`)
    await expect.poll(() => page.locator('main').textContent()).toMatch(/1st place.*Kopi Kode Dua \(Universitas Gadjah Mada\)/)
    expect(await page.locator('main').textContent()).toMatch(/Preliminary → Grand Final.*Kopi Kode Dua/)
    await shot(page, '10-results')
    await committeePage.context().close()

    // The PDFs are made by queued jobs; the winner is emailed and downloads hers from the dashboard.
    await server.mailbox.waitFor(email, (m) => /Your certificate for Open Cup/.test(m.subject), 120_000)
    await expect
      .poll(
        async () => {
          await page.goto(`${server.url}/en/dashboard`)
          return page.locator('[data-certificates] li[data-certificate="winner"]').getByRole('link', { name: 'Download PDF' }).count()
        },
        { timeout: 120_000 },
      )
      .toBe(1)
    const winner = page.locator('[data-certificates] li[data-certificate="winner"]')
    expect(await winner.innerText()).toMatch(/Certificate of Achievement \(1st place\) · Open Cup/)
    const [download] = await Promise.all([page.waitForEvent('download'), winner.getByRole('link', { name: 'Download PDF' }).click()])
    const text = await pdfText(fs.readFileSync(await download.path()))
    expect(text).toContain('Rina Leader')
    expect(text).toContain('Open Cup')
    await shot(page, '10e-dashboard-certificates')
  })

  it('a closed competition offers no registration; a full one offers the waitlist', async () => {
    await page.goto(`${server.url}/en/competitions/${slugs.closed}`)
    expect(await page.locator('[data-state="closed"]').count()).toBe(1)
    expect(await page.getByRole('link', { name: 'Register a team' }).count()).toBe(0)
    await page.goto(`${server.url}/en/competitions/${slugs.full}`)
    // The page comes from the cache; the participant's own button appears once the browser has asked who they are.
    await expect.poll(() => page.locator('[data-state="waitlist"]').count()).toBe(1)
    await expect.poll(() => page.getByRole('link', { name: 'Register a team' }).count()).toBe(1)
    await shot(page, '11-competition-full-waitlist')
  })

  it('a public competition page shows a change the committee makes at once', async () => {
    const visitor = await (await browser.newContext()).newPage()
    await visitor.goto(`${server.url}/en/competitions/${slugs.closed}`)
    await visitor.reload()
    expect(await visitor.locator('main').textContent()).toContain('The closed-cup summary')
    const { body } = await server.api('GET', `/competitions?where[slug][equals]=${slugs.closed}`, undefined, adminToken)
    expect(
      (await server.api('PATCH', `/competitions/${body.docs[0].id}`, { summary: 'Updated by the committee' }, adminToken)).status,
    ).toBe(200)
    await visitor.reload()
    expect(await visitor.locator('main').textContent()).toContain('Updated by the committee')
  })

  it('can be used with the keyboard alone, and its text has enough contrast', async () => {
    await page.goto(`${server.url}/en/competitions/${slugs.full}`)
    await expect.poll(() => page.getByRole('link', { name: 'Register a team' }).count()).toBe(1)
    let reached = false
    for (let tab = 0; tab < 30 && !reached; tab++) {
      await page.keyboard.press('Tab')
      reached = (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Register a team'
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toBe(`${server.url}/en/competitions/${slugs.full}/register`)

    // WCAG AA: at least 4.5:1 for body text, links, buttons, muted text and status badges.
    await page.goto(`${server.url}/en/dashboard`)
    const ratios = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number)
      const luminance = ([r, g, b]: number[]) =>
        [r, g, b]
          .map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
          .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0)
      const background = (element: Element | null): number[] => {
        for (let node = element; node; node = node.parentElement) {
          const color = rgb(getComputedStyle(node).backgroundColor)
          if (color.length === 3 || (color.length === 4 && color[3] > 0)) return color.slice(0, 3)
        }
        return [255, 255, 255]
      }
      return [...document.querySelectorAll('main p, main a, main button, nav a, .badge, .muted, h1, h2')].map((element) => {
        const [fg, bg] = [luminance(rgb(getComputedStyle(element).color).slice(0, 3)), luminance(background(element))]
        return { ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05), text: element.textContent?.slice(0, 30) }
      })
    })
    expect(ratios.length).toBeGreaterThan(5)
    for (const { ratio, text } of ratios) expect(ratio, `contrast of "${text}"`).toBeGreaterThanOrEqual(4.5)
  })

  it('works at 360 px wide', async () => {
    await page.setViewportSize({ height: 800, width: 360 })
    await page.goto(`${server.url}/id/competitions/${slugs.open}`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await shot(page, '12-competition-360px')
  })
})
