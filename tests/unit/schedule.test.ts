import { describe, expect, it } from 'vitest'

import { stageFollowsPrevious, stageKeyIsValid, teamSizeIsValid, windowIsOrdered } from '../../src/domain/schedule'
import { slugify } from '../../src/domain/slug'

describe('windowIsOrdered', () => {
  it('accepts a window that closes after it opens', () => {
    expect(windowIsOrdered('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 'Registration')).toBe(true)
  })
  it('refuses one that closes when or before it opens', () => {
    expect(windowIsOrdered('2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z', 'Registration')).toBe('Registration must close after it opens.')
    expect(windowIsOrdered('2026-01-03T00:00:00Z', '2026-01-02T00:00:00Z', 'Registration')).toMatch(/must close after/)
  })
  it('leaves missing dates to the required check', () => {
    expect(windowIsOrdered(undefined, '2026-01-02T00:00:00Z', 'Registration')).toBe(true)
  })
})

describe('teamSizeIsValid', () => {
  it('accepts min ≤ max', () => {
    expect(teamSizeIsValid({ max: 3, min: 3 })).toBe(true)
  })
  it('refuses min > max and min < 1', () => {
    expect(teamSizeIsValid({ max: 2, min: 3 })).toBe('The minimum team size (3) cannot be larger than the maximum (2).')
    expect(teamSizeIsValid({ max: 2, min: 0 })).toMatch(/at least 1/)
  })
})

describe('stages', () => {
  const stages = [
    { closesAt: '2026-02-10T00:00:00Z', key: 'preliminary', name: 'Preliminary', opensAt: '2026-02-01T00:00:00Z' },
    { closesAt: '2026-02-20T00:00:00Z', key: 'final', name: 'Final', opensAt: '2026-02-10T00:00:00Z' },
    { closesAt: '2026-02-25T00:00:00Z', key: 'final', name: 'Encore', opensAt: '2026-02-15T00:00:00Z' },
  ]
  it('a stage may open the moment the previous one closes', () => {
    expect(stageFollowsPrevious(stages, 1)).toBe(true)
  })
  it('a stage that opens before the previous closes is refused, naming both', () => {
    expect(stageFollowsPrevious(stages, 2)).toBe('Stage "Encore" opens before the previous stage "Final" closes; stages run in order.')
  })
  it('keys are unique and slug-like', () => {
    expect(stageKeyIsValid('final', stages, 1)).toBe(true)
    expect(stageKeyIsValid('final', stages, 2)).toMatch(/already uses the key "final"/)
    expect(stageKeyIsValid('Final Round', stages, 0)).toMatch(/lowercase letters/)
  })
})

describe('slugify', () => {
  it('folds accents and punctuation into dashes', () => {
    expect(slugify('  Capture Thé Flag: Final 2026! ')).toBe('capture-the-flag-final-2026')
    expect(slugify('UI/UX — Lomba Desain')).toBe('ui-ux-lomba-desain')
  })
  it('caps the length without a trailing dash', () => {
    expect(slugify('a'.repeat(70) + ' bbbbbbbbbbbbbbbbb', 75)).toBe('a'.repeat(70) + '-bbbb')
    expect(slugify('abc def', 4)).toBe('abc')
  })
})
