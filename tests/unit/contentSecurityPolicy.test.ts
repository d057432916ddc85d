import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, newNonce } from '../../src/http/contentSecurityPolicy'

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

  it('makes a fresh, unguessable nonce each time, in the form CSP accepts', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })
})
