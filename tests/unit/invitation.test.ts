import { describe, expect, it } from 'vitest'

import { hashToken, invitationState, maskEmail, newToken, resendWaitSeconds } from '../../src/domain/invitation'

describe('invitation tokens', () => {
  it('are 256-bit, URL-safe and different every time; only a SHA-256 hex is stored', () => {
    const tokens = new Set(Array.from({ length: 50 }, newToken))
    expect(tokens.size).toBe(50)
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const token = newToken()
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(token)).toBe(hashToken(token))
    expect(hashToken(token)).not.toContain(token)
  })
})

describe('maskEmail', () => {
  it.each([
    ['nadia.putri@example.org', 'na***@example.org'],
    ['ab@example.org', 'a***@example.org'],
    ['a@example.org', 'a***@example.org'],
    ['no-at-sign', '***'],
  ])('%s → %s', (email, masked) => expect(maskEmail(email)).toBe(masked))
})

describe('invitationState', () => {
  const now = new Date('2026-11-28T10:00:00Z')
  it('accepted wins over everything, then revoked, then expired (at the expiry instant), else pending', () => {
    expect(
      invitationState({ acceptedAt: '2026-11-27T00:00:00Z', expiresAt: '2026-11-01T00:00:00Z', revokedAt: '2026-11-27T00:00:00Z' }, now),
    ).toBe('accepted')
    expect(invitationState({ expiresAt: '2026-12-01T00:00:00Z', revokedAt: '2026-11-27T00:00:00Z' }, now)).toBe('revoked')
    expect(invitationState({ expiresAt: '2026-11-28T10:00:00Z' }, now)).toBe('expired')
    expect(invitationState({ expiresAt: '2026-11-28T10:00:01Z' }, now)).toBe('pending')
  })
})

describe('resendWaitSeconds', () => {
  const now = new Date('2026-11-28T10:00:00Z')
  it('is the rest of the minute since the last email, rounded up, or 0', () => {
    expect(resendWaitSeconds(undefined, now)).toBe(0)
    expect(resendWaitSeconds('2026-11-28T09:59:00Z', now)).toBe(0)
    expect(resendWaitSeconds('2026-11-28T09:59:30.500Z', now)).toBe(31)
    expect(resendWaitSeconds('2026-11-28T10:00:00Z', now)).toBe(60)
  })
})
