import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'

import {
  CERTIFICATE_KINDS,
  certificateCodeFrom,
  certificateEntitlements,
  certificateKey,
  CODE_BITS,
  type EligibilityFacts,
  fitFontSize,
  normaliseCertificateCode,
  verificationUrl,
} from '../../src/domain/certificates'

const team = (overrides: Partial<EligibilityFacts['registrations'][number]>): EligibilityFacts['registrations'][number] => ({
  accounts: ['leader'],
  hasSubmitted: true,
  id: 'r1',
  placing: null,
  progress: [],
  status: 'verified',
  teamName: 'Team',
  ...overrides,
})

const facts = (overrides: Partial<EligibilityFacts>): EligibilityFacts => ({
  judges: [],
  kinds: CERTIFICATE_KINDS,
  registrations: [],
  stageKeys: ['preliminary', 'final'],
  ...overrides,
})

const summary = (rows: ReturnType<typeof certificateEntitlements>) =>
  rows.map((row) => `${row.holder}:${row.kind}${row.placing ? `:${row.placing}` : ''}`)

describe('certificate eligibility', () => {
  it('gives every bound member of a verified team that submitted a participation certificate', () => {
    const rows = certificateEntitlements(facts({ registrations: [team({ accounts: ['a', 'b', 'a'] })] }))
    expect(summary(rows)).toEqual(['a:participation', 'b:participation'])
    expect(rows[0]).toMatchObject({ registration: 'r1', teamName: 'Team' })
  })

  it('skips teams that never submitted or are not verified', () => {
    const rows = certificateEntitlements(
      facts({
        registrations: [
          team({ accounts: ['quiet'], hasSubmitted: false, id: 'r1' }),
          team({ accounts: ['pending'], id: 'r2', status: 'pending' }),
          team({ accounts: ['withdrawn'], id: 'r3', placing: 'first', progress: ['final'], status: 'withdrawn' }),
        ],
      }),
    )
    expect(rows).toEqual([])
  })

  it('finalists advanced into the last stage, winners with their placing, judges of the competition', () => {
    const rows = certificateEntitlements(
      facts({
        judges: ['judge-1', 'judge-1', 'judge-2'],
        registrations: [
          team({ accounts: ['w'], id: 'r1', placing: 'first', progress: ['final'] }),
          team({ accounts: ['f'], id: 'r2', progress: ['final'] }),
          team({ accounts: ['p'], id: 'r3' }),
        ],
      }),
    )
    expect(summary(rows)).toEqual([
      'w:participation',
      'w:finalist',
      'w:winner:first',
      'f:participation',
      'f:finalist',
      'p:participation',
      'judge-1:judge',
      'judge-2:judge',
    ])
  })

  it('issues only the kinds the committee chose; a single-stage competition has no finalists', () => {
    const registrations = [team({ accounts: ['w'], placing: 'second', progress: ['preliminary'] })]
    expect(summary(certificateEntitlements(facts({ judges: ['j'], kinds: ['winner'], registrations })))).toEqual(['w:winner:second'])
    expect(summary(certificateEntitlements(facts({ kinds: ['finalist'], registrations, stageKeys: ['preliminary'] })))).toEqual([])
  })

  it('keys a certificate by competition, kind, person and team', () => {
    expect(certificateKey('c1', { holder: 'u1', kind: 'winner', registration: 'r1' })).toBe('c1:winner:u1:r1')
    expect(certificateKey('c1', { holder: 'u1', kind: 'judge' })).toBe('c1:judge:u1:-')
  })
})

describe('verification codes', () => {
  it('carry at least 80 bits in a readable alphabet, grouped by four', () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(80)
    const code = certificateCodeFrom(crypto.randomBytes(20))
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){4}$/)
  })

  it('are read back whatever the case, spaces or dashes; anything else is not a code', () => {
    const code = certificateCodeFrom(crypto.randomBytes(20))
    expect(normaliseCertificateCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code)
    expect(normaliseCertificateCode('0000-1111-OOOO-IIII-2222')).toBeNull()
    expect(normaliseCertificateCode('ABCD')).toBeNull()
    expect(normaliseCertificateCode('../../etc/passwd')).toBeNull()
  })

  it('point to the verification page in a language', () => {
    expect(verificationUrl('https://contest.example.org/', 'en', 'AAAA-BBBB')).toBe('https://contest.example.org/en/certificates/AAAA-BBBB')
  })
})

describe('fitting a line', () => {
  it('keeps the preferred size when the line fits and shrinks it in proportion when not', () => {
    expect(fitFontSize(5, 600, 36)).toBe(36)
    // 40 units wide at size 1 → 36 pt would be 1440 wide; 600 / 40 = 15 pt fits exactly.
    expect(fitFontSize(40, 600, 36)).toBe(15)
    expect(fitFontSize(40, 600, 36) * 40).toBeLessThanOrEqual(600)
  })
})
