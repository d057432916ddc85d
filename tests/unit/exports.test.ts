import { describe, expect, it } from 'vitest'

import { exportFilename, jakartaDateTime, memberSlots, parseChoice, parseStatuses, REGISTRATION_LAYOUTS } from '../../src/domain/exports'
import { MAX_TEAM_MEMBERS } from '../../src/domain/registration'

describe('parseStatuses', () => {
  it('takes none (every status), one, repeated or comma-separated statuses, without duplicates', () => {
    expect(parseStatuses([])).toEqual({ ok: true, value: null })
    expect(parseStatuses(['verified'])).toEqual({ ok: true, value: ['verified'] })
    expect(parseStatuses(['verified,pending', 'verified'])).toEqual({ ok: true, value: ['verified', 'pending'] })
    expect(parseStatuses([' needs-revision , waitlisted'])).toEqual({ ok: true, value: ['needs-revision', 'waitlisted'] })
  })
  it('refuses an unknown or empty status and lists the known ones', () => {
    for (const values of [['approved'], ['verified,'], ['Verified'], ['']]) {
      const parsed = parseStatuses(values)
      expect(parsed.ok, values.join()).toBe(false)
      if (!parsed.ok) expect(parsed.error).toMatch(/pending, needs-revision, verified, rejected, withdrawn, waitlisted/)
    }
  })
})

describe('parseChoice', () => {
  it('the fallback when absent, the value when allowed, refused when unknown or sent twice', () => {
    expect(parseChoice('per', [], REGISTRATION_LAYOUTS, 'team')).toEqual({ ok: true, value: 'team' })
    expect(parseChoice('per', ['member'], REGISTRATION_LAYOUTS, 'team')).toEqual({ ok: true, value: 'member' })
    expect(parseChoice('per', ['row'], REGISTRATION_LAYOUTS, 'team')).toEqual({
      error: 'Send per as one of: team, member (got "row").',
      ok: false,
    })
    expect(parseChoice('per', ['team', 'member'], REGISTRATION_LAYOUTS, 'team').ok).toBe(false)
  })
})

describe('memberSlots', () => {
  it("is the competition's largest team, at least 1 and at most MAX_TEAM_MEMBERS", () => {
    expect(memberSlots(3)).toBe(3)
    expect(memberSlots(null)).toBe(1)
    expect(memberSlots(0)).toBe(1)
    expect(memberSlots(50)).toBe(MAX_TEAM_MEMBERS)
  })
})

describe('jakartaDateTime', () => {
  it("is Jakarta's wall-clock time (UTC+7) to the minute, empty for nothing", () => {
    expect(jakartaDateTime('2026-03-01T16:59:59.999Z')).toBe('2026-03-01 23:59')
    expect(jakartaDateTime('2026-12-31T17:00:00Z')).toBe('2027-01-01 00:00')
    expect(jakartaDateTime(null)).toBe('')
    expect(jakartaDateTime('not a date')).toBe('')
  })
})

describe('exportFilename', () => {
  it('is the slug, what is exported and the day in Jakarta, in characters every system keeps', () => {
    const date = new Date('2026-03-01T18:00:00Z')
    expect(exportFilename({ date, extension: 'csv', slug: 'hackathon-2026', what: ['registrations', 'verified'] })).toBe(
      'hackathon-2026-registrations-verified-2026-03-02.csv',
    )
    expect(exportFilename({ date, extension: 'xlsx', slug: 'ctf', what: ['scores', 'final round"; x'] })).toBe(
      'ctf-scores-final-round-x-2026-03-02.xlsx',
    )
  })
})
