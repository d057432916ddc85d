import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { config, proxy } from '../../src/proxy'
import { requestIdFor, saneRequestId } from '../../src/shared/requestId'

describe('request ids', () => {
  it("reuses a caller's id when it is a short plain token", () => {
    expect(saneRequestId('abc-123_DEF.4')).toBe('abc-123_DEF.4')
    expect(saneRequestId('a'.repeat(64))).toBe('a'.repeat(64))
    expect(requestIdFor('lb-7f3a', () => 'fresh')).toBe('lb-7f3a')
  })

  it('replaces anything else (empty, too long, spaces, line breaks, markup, unicode) with a fresh id', () => {
    for (const given of [
      undefined,
      null,
      '',
      'a'.repeat(65),
      'two words',
      'x\ny',
      'x\r\nfake: log',
      '<script>',
      'id;drop',
      'ünï',
      '../etc',
    ]) {
      expect(saneRequestId(given)).toBeUndefined()
      expect(requestIdFor(given, () => 'fresh')).toBe('fresh')
    }
  })

  it('generates distinct UUIDs by default', () => {
    const ids = new Set(Array.from({ length: 50 }, () => requestIdFor(undefined)))
    expect(ids.size).toBe(50)
    for (const id of ids) expect(saneRequestId(id)).toBe(id)
  })
})

describe('the proxy', () => {
  it('echoes a sane X-Request-Id on API responses and forwards it to the handler, with no page policy', () => {
    const response = proxy(new NextRequest('http://localhost:3000/api/health', { headers: { 'X-Request-Id': 'lb-42' } }))
    expect(response.headers.get('X-Request-Id')).toBe('lb-42')
    expect(response.headers.get('x-middleware-request-x-request-id')).toBe('lb-42')
    expect(response.headers.get('Content-Security-Policy')).toBeNull()
  })

  it('replaces an unsafe one and still gives pages their policy', () => {
    // A per-request page (cached pages get a fixed policy without nonce: tests/unit/contentSecurityPolicy.test.ts).
    const response = proxy(new NextRequest('http://localhost:3000/en/dashboard', { headers: { 'X-Request-Id': 'bad id\twith tab' } }))
    const id = response.headers.get('X-Request-Id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.headers.get('x-middleware-request-x-request-id')).toBe(id)
    expect(response.headers.get('Content-Security-Policy')).toContain("'nonce-")
  })
})

describe("the proxy's matcher", () => {
  const matches = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, headers, url })

  it('runs for pages rendered per request and API calls with small bodies', () => {
    expect(matches('/en/dashboard')).toBe(true)
    expect(matches('/admin')).toBe(true)
    expect(matches('/api/health/ready')).toBe(true)
    expect(matches('/api/registrations', { 'content-length': '2048', 'content-type': 'application/json' })).toBe(true)
    expect(matches('/api/competitions/123')).toBe(true)
  })

  it('runs for the competitions list only with a credential: anonymous reads come from memory and need no id', () => {
    expect(matches('/api/competitions?limit=10&depth=1')).toBe(false)
    expect(matches('/api/competitions', { authorization: 'JWT x' })).toBe(true)
    expect(unstable_doesMiddlewareMatch({ config, cookies: { 'payload-token': 'x' }, url: '/api/competitions' })).toBe(true)
    expect(unstable_doesMiddlewareMatch({ config, cookies: { theme: 'dark' }, url: '/api/competitions' })).toBe(false)
  })

  it('skips uploads of 1 MB and more and bodies of unknown length (Next.js would cut them at 10 MB), built assets and prefetches', () => {
    expect(matches('/api/submissions', { 'content-length': '52428800', 'content-type': 'multipart/form-data; boundary=x' })).toBe(false)
    expect(matches('/api/attachments', { 'content-length': '1000000' })).toBe(false)
    expect(matches('/api/attachments', { 'transfer-encoding': 'chunked' })).toBe(false)
    expect(matches('/api/competitions', { authorization: 'JWT x', 'content-length': '1000000' })).toBe(false)
    expect(matches('/_next/static/chunks/app.js')).toBe(false)
    expect(matches('/en/dashboard', { 'next-router-prefetch': '1' })).toBe(false)
  })

  it('skips the public pages served from the cache (their fixed policy comes from next.config.mjs)', () => {
    for (const path of ['/en', '/id/', '/id/competitions/hackathon-2026', '/en/competitions/ctf/results'])
      expect(matches(path), path).toBe(false)
  })
})
