import { describe, expect, it } from 'vitest'

import {
  canEdit,
  canSubmit,
  canWithdraw,
  currentFee,
  decidePlace,
  decideTransition,
  defaultCodePrefix,
  emailKey,
  feeDue,
  holdsPlace,
  institutionKey,
  isActive,
  lowestFreePlace,
  registrationCode,
  registrationWindowError,
  teamNameKey,
  teamSizeError,
} from '../../src/domain/registration'

const at = (iso: string) => new Date(iso)

describe('feeDue: the wave whose deadline is still ahead, else the regular fee', () => {
  const waves = [
    { fee: 125_000, label: 'Wave 2', until: '2026-03-01T00:00:00Z' },
    { fee: 100_000, label: 'Early bird', until: '2026-02-01T00:00:00Z' },
  ]

  it('charges the earliest running wave, whatever order the committee entered them in', () => {
    expect(feeDue(150_000, waves, at('2026-01-15T00:00:00Z'))).toBe(100_000)
    expect(feeDue(150_000, waves, at('2026-02-15T00:00:00Z'))).toBe(125_000)
  })

  it('a wave ends at its `until` exactly; after the last wave the regular fee applies', () => {
    expect(feeDue(150_000, waves, at('2026-02-01T00:00:00Z'))).toBe(125_000)
    expect(feeDue(150_000, waves, at('2026-03-01T00:00:00Z'))).toBe(150_000)
  })

  it('no waves, or waves without a usable date, leave the regular fee', () => {
    expect(feeDue(150_000, null, at('2026-01-01T00:00:00Z'))).toBe(150_000)
    expect(feeDue(150_000, [{ fee: 1, until: 'not a date' }], at('2026-01-01T00:00:00Z'))).toBe(150_000)
  })

  it('currentFee also says which wave runs and until when, for the pages', () => {
    expect(currentFee(150_000, waves, at('2026-01-15T00:00:00Z'))).toEqual({
      fee: 100_000,
      until: '2026-02-01T00:00:00.000Z',
      wave: 'Early bird',
    })
    expect(currentFee(150_000, waves, at('2026-03-02T00:00:00Z'))).toEqual({ fee: 150_000, until: null, wave: null })
  })

  it('a free wave (0) is charged as 0, not as "no wave"', () => {
    expect(feeDue(150_000, [{ fee: 0, until: '2026-02-01T00:00:00Z' }], at('2026-01-01T00:00:00Z'))).toBe(0)
  })
})

describe('statuses', () => {
  it('pending, needs-revision and verified hold a place; waitlisted is active without one', () => {
    expect(['pending', 'needs-revision', 'verified'].map(holdsPlace)).toEqual([true, true, true])
    expect(['waitlisted', 'rejected', 'withdrawn', null].map(holdsPlace)).toEqual([false, false, false, false])
    expect(isActive('waitlisted')).toBe(true)
    expect(isActive('rejected')).toBe(false)
    expect(isActive('withdrawn')).toBe(false)
  })
})

describe('what a team may do in each status (the pages ask these, the server enforces them)', () => {
  it('edits while the committee has not decided; withdraws until final; submits once verified', () => {
    const statuses = ['pending', 'needs-revision', 'verified', 'waitlisted', 'rejected', 'withdrawn'] as const
    expect(statuses.filter(canEdit)).toEqual(['pending', 'needs-revision'])
    expect(statuses.filter(canWithdraw)).toEqual(['pending', 'needs-revision', 'verified', 'waitlisted'])
    expect(statuses.filter(canSubmit)).toEqual(['verified'])
    expect(canWithdraw('nonsense')).toBe(false)
  })

  it('canWithdraw agrees with decideTransition for a team', () => {
    for (const from of ['pending', 'needs-revision', 'verified', 'waitlisted', 'rejected', 'withdrawn'] as const) {
      const result = decideTransition({ by: 'participant', from, requested: 'withdrawn' })
      expect(result.ok && result.status === 'withdrawn').toBe(canWithdraw(from) || from === 'withdrawn')
    }
  })
})

describe('decideTransition', () => {
  it('a team may only withdraw; any other status it asks for is ignored', () => {
    expect(decideTransition({ by: 'participant', from: 'pending', requested: 'withdrawn' })).toEqual({ ok: true, status: 'withdrawn' })
    expect(decideTransition({ by: 'participant', from: 'pending', requested: 'verified' })).toEqual({ ok: true, status: 'pending' })
    expect(decideTransition({ by: 'participant', from: 'needs-revision', requested: 'pending' })).toEqual({
      ok: true,
      status: 'needs-revision',
    })
  })

  it('rejected and withdrawn are final for everyone', () => {
    for (const from of ['rejected', 'withdrawn'] as const) {
      for (const by of ['committee', 'participant'] as const) {
        const result = decideTransition({ by, from, requested: 'verified' })
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.error).toContain(`This registration is ${from}`)
      }
    }
  })

  it('the committee needs a note to ask for a revision or to reject, not to verify', () => {
    expect(decideTransition({ by: 'committee', from: 'pending', requested: 'verified' })).toEqual({ ok: true, status: 'verified' })
    expect(decideTransition({ by: 'committee', from: 'pending', requested: 'needs-revision' })).toEqual({
      error: 'Write a note telling the team what to fix.',
      ok: false,
    })
    expect(decideTransition({ by: 'committee', from: 'pending', note: '  ', requested: 'rejected' }).ok).toBe(false)
    expect(decideTransition({ by: 'committee', from: 'pending', note: 'Blurry card', requested: 'rejected' })).toEqual({
      ok: true,
      status: 'rejected',
    })
  })

  it('the committee cannot set statuses that belong to the server', () => {
    expect(decideTransition({ by: 'committee', from: 'verified', requested: 'pending' }).ok).toBe(false)
    expect(decideTransition({ by: 'committee', from: 'pending', requested: 'waitlisted' }).ok).toBe(false)
  })

  it('a waitlisted team can only be rejected (with a note); it gets a place by promotion', () => {
    expect(decideTransition({ by: 'committee', from: 'waitlisted', requested: 'verified' }).ok).toBe(false)
    expect(decideTransition({ by: 'committee', from: 'waitlisted', requested: 'rejected' }).ok).toBe(false)
    expect(decideTransition({ by: 'committee', from: 'waitlisted', note: 'Duplicate', requested: 'rejected' })).toEqual({
      ok: true,
      status: 'rejected',
    })
  })

  it('asking for the current status (or none) changes nothing', () => {
    expect(decideTransition({ by: 'committee', from: 'verified', requested: undefined })).toEqual({ ok: true, status: 'verified' })
    expect(decideTransition({ by: 'committee', from: 'rejected', requested: 'rejected' })).toEqual({ ok: true, status: 'rejected' })
  })
})

describe('decidePlace: the same rule for a new team and for promotion from the waitlist', () => {
  const holders = [
    { institutionKey: 'ugm', place: 1 },
    { institutionKey: 'itb', place: 3 },
  ]

  it('takes the lowest free place', () => {
    expect(decidePlace({ holders, institutionKey: 'ui', quota: 3 })).toEqual({ ok: true, place: 2 })
  })

  it('is full when every place in 1..quota is held', () => {
    expect(decidePlace({ holders, institutionKey: 'ui', quota: 2 })).toEqual({ ok: true, place: 2 })
    expect(decidePlace({ holders: [...holders, { institutionKey: 'ui', place: 2 }], institutionKey: 'its', quota: 3 })).toEqual({
      ok: false,
      reason: 'full',
    })
  })

  it('refuses an institution that already has its most teams, even with places free', () => {
    expect(decidePlace({ holders, institutionKey: 'ugm', maxTeamsPerInstitution: 1, quota: 10 })).toEqual({
      ok: false,
      reason: 'institution-full',
    })
    expect(decidePlace({ holders, institutionKey: 'ugm', maxTeamsPerInstitution: 2, quota: 10 })).toEqual({ ok: true, place: 2 })
  })

  it('without a quota there is no place number, only the institution limit', () => {
    expect(decidePlace({ holders, institutionKey: 'ui' })).toEqual({ ok: true, place: undefined })
  })
})

describe('codes and places', () => {
  it('codes are the prefix and a four-digit number', () => {
    expect(registrationCode('CTF', 42)).toBe('CTF-0042')
    expect(registrationCode('HACK', 12345)).toBe('HACK-12345')
  })

  it('a default prefix takes the initials of the slug, skipping numbers', () => {
    expect(defaultCodePrefix('capture-the-flag-2026')).toBe('CTF')
    expect(defaultCodePrefix('hackathon')).toBe('HACK')
    expect(defaultCodePrefix('2026')).toBe('REG')
  })

  it('the lowest free place is chosen, and none once the quota is full', () => {
    expect(lowestFreePlace([], 3)).toBe(1)
    expect(lowestFreePlace([1, 3], 3)).toBe(2)
    expect(lowestFreePlace([3, 1, 2], 3)).toBeNull()
    expect(lowestFreePlace([5], 3)).toBe(1)
  })
})

describe('keys that decide "the same team", "the same institution", "the same person"', () => {
  it('team names ignore case and extra spaces', () => {
    expect(teamNameKey('  Kopi   Senja ')).toBe(teamNameKey('kopi senja'))
  })

  it('institutions ignore case and every space', () => {
    expect(institutionKey('Universitas  Gadjah Mada')).toBe(institutionKey('universitasgadjahmada'))
  })

  it('emails ignore case and surrounding spaces', () => {
    expect(emailKey(' Budi@UGM.ac.id ')).toBe('budi@ugm.ac.id')
  })
})

describe('team size and the registration window', () => {
  it('says the allowed range, or the exact size', () => {
    expect(teamSizeError(2, { max: 3, min: 1 })).toBeNull()
    expect(teamSizeError(4, { max: 3, min: 1 })).toBe('A team has 1 to 3 members (the leader included); this one has 4.')
    expect(teamSizeError(2, { max: 1, min: 1 })).toBe('A team has exactly 1 member (the leader included); this one has 2.')
  })

  it('opens inclusively and closes exclusively, in WIB', () => {
    const opens = '2026-01-10T01:00:00Z'
    const closes = '2026-01-20T01:00:00Z'
    expect(registrationWindowError(opens, closes, at(opens))).toBeNull()
    expect(registrationWindowError(opens, closes, at('2026-01-10T00:59:59Z'))).toBe(
      'Registration has not opened yet; it opens on 10 Jan 2026, 08:00 WIB.',
    )
    expect(registrationWindowError(opens, closes, at(closes))).toBe('Registration closed on 20 Jan 2026, 08:00 WIB.')
  })
})
