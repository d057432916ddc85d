import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { safeRedirectPath } from '../../src/domain/safeRedirect'

const SITE = 'https://contest.example.org'
const FALLBACK = '/id/dashboard'
const follow = (next: unknown) => safeRedirectPath(next, SITE, FALLBACK)

describe('where the site goes after logging in (?next=)', () => {
  it('follows paths on the site, as the pages that send people to log in write them', () => {
    expect(follow('/id/dashboard')).toBe('/id/dashboard')
    expect(follow('/en/competitions/open-cup/register')).toBe('/en/competitions/open-cup/register')
    expect(follow('/id/registrations/5f1c/submissions?stage=final#files')).toBe('/id/registrations/5f1c/submissions?stage=final#files')
  })

  // Each of these, followed as it is, leaves the site or runs script in at least one browser.
  const nasty: Array<[string, unknown]> = [
    ['protocol-relative', '//evil.example/phish'],
    ['protocol-relative with three slashes', '///evil.example/phish'],
    ['backslash read as a slash', '/\\evil.example/phish'],
    ['two backslashes', '\\\\evil.example/phish'],
    ['slash backslash slash', '/\\/evil.example/phish'],
    ['backslash, percent-encoded', '/%5Cevil.example/phish'],
    ['backslash, lower-case encoding', '/%5cevil.example/phish'],
    ['backslash, double-encoded', '/%255Cevil.example/phish'],
    ['tab dropped by the URL parser', '/\t/evil.example/phish'],
    ['tab, percent-encoded', '/%09/evil.example/phish'],
    ['tab, double-encoded', '/%2509/evil.example/phish'],
    ['newline', '/\n/evil.example/phish'],
    ['newline, percent-encoded', '/%0a/evil.example/phish'],
    ['carriage return, percent-encoded', '/%0D/evil.example/phish'],
    ['NUL', '/%00/evil.example'],
    ['a lone tab', '\t'],
    ['leading tab', '\t//evil.example'],
    ['leading space', ' //evil.example'],
    ['unicode line separator', '/\u2028/evil.example'],
    ['encoded slashes', '/%2F%2Fevil.example/phish'],
    ['encoded slash after the first', '/%2Fevil.example/phish'],
    ['javascript: URL', 'javascript:alert(document.cookie)'],
    ['javascript: URL, mixed case and tab', 'JaVa\tScRiPt:alert(1)'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['absolute https URL', 'https://evil.example/phish'],
    ['absolute http URL on our host name but another scheme', 'http://contest.example.org/id'],
    ['scheme without slashes', 'https:evil.example'],
    ['user-info trick', '//contest.example.org@evil.example/'],
    ['relative path', 'evil.example/phish'],
    ['empty', ''],
    ['malformed escape', '/id/%E0%A4%A'],
    ['too many encodings', '/%25252525Cevil.example'],
    ['very long', `/${'a'.repeat(5000)}`],
    ['not a string', ['/id/dashboard']],
    ['undefined', undefined],
  ]
  it.each(nasty)('refuses %s', (_name, next) => {
    expect(follow(next)).toBe(FALLBACK)
  })

  it('never returns anything that leaves the site, whatever the input', () => {
    const pieces = fc.constantFrom(
      '/',
      '//',
      '\\',
      '%5C',
      '%2F',
      '%09',
      '%0a',
      '\t',
      '\n',
      ' ',
      ':',
      '@',
      '.',
      'evil.example',
      'javascript:',
      'https:',
      '%25',
      '?',
      '#',
      'id',
    )
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')),
        (next) => {
          const path = follow(next)
          expect(path.startsWith('/') && !path.startsWith('//')).toBe(true)
          expect(new URL(path, SITE).origin).toBe(SITE)
          // What the browser would do with the value itself must also stay on the site.
          if (path !== FALLBACK) expect(new URL(next, SITE).origin).toBe(SITE)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
