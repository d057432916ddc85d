import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import nextConfig from '../../next.config.mjs'
import { cacheablePagePolicy, contentSecurityPolicy, isCacheablePage, newNonce } from '../../src/http/contentSecurityPolicy'
import { config } from '../../src/proxy'

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe("the pages' Content-Security-Policy", () => {
  it('runs only scripts carrying the nonce (and what they load), never inline or eval in production', () => {
    const policy = directives(contentSecurityPolicy({ development: false, nonce: 'abc123==' }))
    expect(policy['script-src']).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"])
    expect(policy['script-src']).not.toContain("'unsafe-inline'")
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['base-uri']).toEqual(["'self'"])
    expect(policy['form-action']).toEqual(["'self'"])
    expect(policy['connect-src']).toEqual(["'self'"])
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:'])
  })

  it('allows eval in development only, where React rebuilds server error stacks with it', () => {
    expect(directives(contentSecurityPolicy({ development: true, nonce: 'n' }))['script-src']).toContain("'unsafe-eval'")
  })

  it('gives cacheable public pages a fixed policy: no nonce, inline scripts, everything else as strict', () => {
    const fixed = directives(cacheablePagePolicy({ development: false }))
    expect(fixed['script-src']).toEqual(["'self'", "'unsafe-inline'"])
    const strict = directives(contentSecurityPolicy({ development: false, nonce: 'abc123==' }))
    for (const directive of Object.keys(strict).filter((name) => name !== 'script-src'))
      expect(fixed[directive], directive).toEqual(strict[directive])
    expect(Object.keys(fixed).sort()).toEqual(Object.keys(strict).sort())
    expect(directives(cacheablePagePolicy({ development: true }))['script-src']).toContain("'unsafe-eval'")
  })

  it('caches exactly the home, competition and results pages', () => {
    for (const path of ['/id', '/en/', '/id/competitions/hackathon-2026', '/en/competitions/ctf/results', '/en/competitions/ctf/results/'])
      expect(isCacheablePage(path), path).toBe(true)
    for (const path of [
      '/',
      '/admin',
      '/admin/collections/competitions',
      '/admin/competitions/x',
      '/api',
      '/api/competitions/x',
      '/api/competitions/x/results',
      '/id/dashboard',
      '/id/account',
      '/id/login',
      '/id/signup',
      '/id/forgot-password',
      '/id/competitions',
      '/id/competitions/hackathon-2026/register',
      '/id/competitions/hackathon-2026/results/extra',
      '/id/registrations/1/submissions',
      '/id/invitations/token',
      '/id/no/such/page',
    ])
      expect(isCacheablePage(path), path).toBe(false)
  })

  it('makes a fresh, unguessable nonce each time, in the form CSP accepts', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })
})

describe('who sends which policy', () => {
  // Every page path that matters: cached ones (with and without a trailing slash, an unknown language, a cached 404) and per-request ones.
  const paths = [
    '/id',
    '/en/',
    '/nothing-here',
    '/id/competitions/hackathon-2026',
    '/id/competitions/no-such-cup',
    '/en/competitions/ctf/results',
    '/en/competitions/ctf/results/',
    '/',
    '/admin',
    '/admin/',
    '/admin/collections/competitions',
    '/id/dashboard',
    '/id/login',
    '/id/competitions',
    '/id/competitions/hackathon-2026/register',
    '/id/competitions/hackathon-2026/results/extra',
    '/id/no/such/page',
    '/id/invitations/token',
    '/api/competitions/x',
    '/api/competitions/x/results',
  ]

  it("the proxy runs for exactly the pages rendered per request (its nonce), next.config.mjs's fixed policy covers exactly the cached ones", async () => {
    for (const path of paths) {
      const cacheable = isCacheablePage(path)
      expect(unstable_doesMiddlewareMatch({ config, url: path }), path).toBe(!cacheable)
      const response = await unstable_getResponseFromNextConfig({ nextConfig, url: `http://localhost:3000${path}` })
      expect(response.headers.get('content-security-policy'), path).toBe(cacheable ? cacheablePagePolicy({ development: false }) : null)
    }
  })
})
