import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hydrated, launchChromium, recordCspViolations } from '../helpers/browser'
import { png, uploadForm } from '../helpers/files'
import { daysFromNow } from '../helpers/fixtures'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * The web edges in a real browser against the production server (`npm start`): where log-in
 * may send you (?next=), the security headers and Content-Security-Policy of the public site and
 * the admin panel, private files as downloads, and passwords that never travel in a URL.
 */
let server: RunningServer
let browser: Browser
const participant = { email: 'sari@security.test', password: 'sari-pass-123' }
const slug = 'secure-cup'

const newContext = async (options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: { height: 900, width: 1200 }, ...options })
  context.setDefaultTimeout(60_000)
  return context
}

/** Logs in through the public form; the page then goes wherever the form sends it. */
const logInThroughForm = async (page: Page, path: string) => {
  await page.goto(`${server.url}${path}`)
  const button = await hydrated(page.getByRole('button', { name: 'Masuk' }))
  await page.getByLabel('Email').fill(participant.email)
  await page.getByLabel('Kata sandi').fill(participant.password)
  await button.click()
}

beforeAll(async () => {
  server = await startServer()
  const adminToken = await server.login(server.admin.email, server.admin.password)
  await server.verifiedParticipant(participant.email, participant.password, 'Sari')
  const competition = await server.api(
    'POST',
    '/competitions',
    {
      _status: 'published',
      category: 'hackathon',
      fee: 0,
      registrationClosesAt: daysFromNow(7),
      registrationOpensAt: daysFromNow(-1),
      slug,
      stages: [],
      summary: 'A competition to look at',
      teamSize: { max: 3, min: 1 },
      title: 'Secure Cup',
    },
    adminToken,
  )
  expect(competition.status).toBe(201)
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('after logging in, ?next= never leaves the site', () => {
  // Both sent Chromium to http://evil.example/phish with the old check (starts with "/", not "//").
  for (const next of ['/%5Cevil.example/phish', '/%09/evil.example/phish', '//evil.example/phish', 'https://evil.example/phish']) {
    it(`?next=${next} lands on the dashboard`, async () => {
      const context = await newContext()
      const page = await context.newPage()
      const offSite: string[] = []
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== server.url) offSite.push(request.url())
      })
      await logInThroughForm(page, `/id/login?next=${next}`)
      await page.waitForURL((url) => !url.pathname.endsWith('/login'))
      await page.waitForLoadState('load')
      expect(new URL(page.url()).origin).toBe(server.url)
      expect(new URL(page.url()).pathname).toBe('/id/dashboard')
      expect(offSite).toEqual([])
      await context.close()
    })
  }

  it('a path on the site is followed', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await logInThroughForm(page, `/id/login?next=${encodeURIComponent(`/id/competitions/${slug}`)}`)
    await page.waitForURL(`${server.url}/id/competitions/${slug}`)
    await context.close()
  })
})

// Pages rendered per request: scripts run only with that request's nonce.
const PAGE_CSP =
  /^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'$/
// Public pages served from the cache (home, competition, results): one fixed policy, no nonce.
const CACHED_PAGE_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

const expectSecurityHeaders = (response: Response | null) => {
  expect(response, 'the page answered').not.toBeNull()
  const headers = response!.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  return headers
}

describe('every page carries the security headers, and runs under its Content-Security-Policy', () => {
  let context: BrowserContext
  let page: Page
  let violations: string[]
  const nonces = new Set<string>()

  beforeAll(async () => {
    context = await newContext()
    violations = await recordCspViolations(context)
    page = await context.newPage()
  })

  afterAll(async () => {
    await context?.close()
  })

  /** Opens a page rendered per request, checks its document's headers, and returns the nonce its policy carries. */
  const open = async (path: string) => {
    const response = await page.goto(`${server.url}${path}`)
    const headers = expectSecurityHeaders(response)
    expect(headers['content-security-policy']).toMatch(PAGE_CSP)
    const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'])![1]
    nonces.add(nonce)
    return nonce
  }

  /** Opens a public page served from the cache: the fixed policy, and no nonce anywhere in it. */
  const openCached = async (path: string) => {
    const response = await page.goto(`${server.url}${path}`)
    expect(expectSecurityHeaders(response)['content-security-policy']).toBe(CACHED_PAGE_CSP)
    // No script carries a nonce attribute (the page's data names the prop, as "nonce":"$undefined").
    expect(await response!.text()).not.toMatch(/nonce="/)
    await hydrated(page.getByRole('group', { name: 'Bahasa' }).getByRole('link').first())
  }

  it('the home, competition and results pages: the fixed policy, no nonce, hydrated', async () => {
    await openCached('/id')
    await openCached(`/id/competitions/${slug}`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Secure Cup')
    await openCached(`/id/competitions/${slug}/results`)
  })

  it('the log-in page, hydrated (its button enabled), its scripts carrying the nonce', async () => {
    const nonce = await open('/id/login')
    const button = await hydrated(page.getByRole('button', { name: 'Masuk' }))
    await expect.poll(() => button.isEnabled()).toBe(true)
    const scripts = await page.locator('script').evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce))
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.every((value) => value === nonce)).toBe(true)
  })

  it("the admin panel's log-in page and, after logging in, its dashboard", async () => {
    await open('/admin/login')
    await page.locator('#field-email').fill(server.admin.email)
    await page.locator('#field-password').fill(server.admin.password)
    await (await hydrated(page.locator('button[type="submit"]'))).click()
    await page.waitForURL(/\/admin(?!\/login)/)
    await open('/admin')
    await expect.poll(() => page.getByRole('link', { name: /Competitions/ }).count()).toBeGreaterThan(0)
    await hydrated(page.getByRole('link', { name: /Competitions/ }).first())
    await open('/admin/collections/competitions')
    await expect.poll(() => page.getByText('Secure Cup').count()).toBeGreaterThan(0)
  })

  it('pages that do not exist: rendered per request under a language, cached where a cached page would be', async () => {
    for (const [path, policy] of [
      ['/id/no/such/page', PAGE_CSP],
      ['/nothing-here', CACHED_PAGE_CSP],
      ['/id/competitions/no-such-cup', CACHED_PAGE_CSP],
    ] as const) {
      const response = await page.goto(`${server.url}${path}`)
      expect(response!.status()).toBe(404)
      const header = expectSecurityHeaders(response)['content-security-policy']
      if (typeof policy === 'string') expect(header, path).toBe(policy)
      else expect(header, path).toMatch(policy)
    }
  })

  it('a script that reached a per-request page without the nonce does not run, and is reported', async () => {
    const injected = await newContext()
    const reports = await recordCspViolations(injected)
    const other = await injected.newPage()
    // What a stored cross-site-scripting bug would serve: the real page and headers, plus a script.
    await other.route(`${server.url}/id/login`, async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace('<main', '<script>window.__injected = true</script><main')
      await route.fulfill({ body, response })
    })
    const response = await other.goto(`${server.url}/id/login`)
    expect(response!.headers()['content-security-policy']).toMatch(PAGE_CSP)
    await hydrated(other.getByRole('group', { name: 'Bahasa' }).getByRole('link').first())
    expect(await other.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
    await expect.poll(() => reports.join('\n')).toMatch(/script-src/)
    await injected.close()
  })

  it('a cached page runs no script from another origin, loads no plugin and keeps its base address', async () => {
    const injected = await newContext()
    const reports = await recordCspViolations(injected)
    const other = await injected.newPage()
    await other.route(`${server.url}/id`, async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace(
        '<main',
        '<base href="https://evil.example/"><script src="https://evil.example/steal.js"></script><object data="https://evil.example/x.swf"></object><main',
      )
      await route.fulfill({ body, response })
    })
    const response = await other.goto(`${server.url}/id`)
    expect(response!.headers()['content-security-policy']).toBe(CACHED_PAGE_CSP)
    await hydrated(other.getByRole('group', { name: 'Bahasa' }).getByRole('link').first())
    await expect.poll(() => reports.join('\n')).toMatch(/script-src/)
    expect(reports.join('\n')).toMatch(/base-uri/)
    expect(reports.join('\n')).toMatch(/object-src/)
    await injected.close()
  })

  it('a fresh nonce for every per-request page, and not one violation on any page', async () => {
    expect(nonces.size).toBe(4)
    expect(violations).toEqual([])
  })
})

describe('the API and files on the production server', () => {
  it('API responses carry nosniff, DENY and the referrer policy', async () => {
    for (const path of ['/api/competitions', '/api/users/me', '/api/graphql']) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
  })

  it('a private file is downloaded under its stored name, even a non-ASCII one', async () => {
    const token = await server.login(participant.email, participant.password)
    const upload = await server.api('POST', '/attachments', uploadForm(await png(), "kartu mahasiswa Sâri's.png", 'image/png'), token)
    expect(upload.status).toBe(201)
    const { filename, url } = upload.body.doc as { filename: string; url: string }
    const context = await newContext()
    const page = await context.newPage()
    await logInThroughForm(page, '/id/login')
    await page.waitForURL(/\/id\/dashboard/)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate((href) => {
        const link = Object.assign(document.createElement('a'), { href })
        document.body.append(link)
        link.click()
      }, url),
    ])
    expect(download.suggestedFilename()).toBe(filename)
    await context.close()
  })
})

describe('a password never travels in a URL', () => {
  const secret = 'never-in-a-url-123'

  it('the server renders password forms as method="post" with the button disabled until hydrated', async () => {
    for (const path of ['/id/login', '/id/signup', '/en/login', '/id/reset-password?token=abc']) {
      const html = await (await fetch(`${server.url}${path}`)).text()
      expect(html, path).toMatch(/<form[^>]*method="post"/)
      expect(html, path).toMatch(/<button disabled="" type="submit"/)
    }
  })

  it('without JavaScript, submitting the log-in form sends nothing, and the form the browser would send is a POST', async () => {
    const context = await newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/id/login?next=/id/dashboard`)
    const requests: Request[] = []
    page.on('request', (request) => requests.push(request))
    await page.getByLabel('Email').fill(participant.email)
    await page.getByLabel('Kata sandi').fill(secret)
    expect(await page.getByRole('button', { name: 'Masuk' }).isDisabled()).toBe(true)
    expect(await page.locator('form').getAttribute('method')).toBe('post')
    await page.getByLabel('Kata sandi').press('Enter')
    await page.getByRole('button', { name: 'Masuk' }).click({ force: true })
    await page.waitForTimeout(1000)
    // The browser fetches the site's icon on its own schedule; it carries nothing from the form.
    const sent = requests.filter((request) => new URL(request.url()).pathname !== '/icon.svg')
    expect(sent.map((request) => `${request.method()} ${request.url()}`)).toEqual([])
    expect(page.url()).toBe(`${server.url}/id/login?next=/id/dashboard`)

    // Even if the button were enabled, the browser's own submission carries the password in the body only.
    const [post] = await Promise.all([
      page.waitForRequest((request) => request.method() === 'POST'),
      page.locator('form').evaluate((form: HTMLFormElement) => {
        form.querySelector('button')!.disabled = false
        form.requestSubmit()
      }),
    ])
    await page.waitForLoadState('load')
    expect(post.url()).toBe(`${server.url}/id/login?next=/id/dashboard`)
    expect(post.postData()).toContain(secret)
    // The page it posts to (the log-in page itself) does not echo what it was sent.
    expect(await (await post.response())!.text()).not.toContain(secret)
    for (const request of requests) expect(decodeURIComponent(request.url())).not.toContain(secret)
    await context.close()
  })
})
