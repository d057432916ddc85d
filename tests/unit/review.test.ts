import { describe, expect, it } from 'vitest'

import {
  BULK_LIMIT,
  changedMeanwhileMessage,
  isReviewDecision,
  noteRequired,
  parseDecision,
  parseIdList,
  sameInstant,
} from '../../src/domain/review'

describe('parseDecision', () => {
  it('accepts the three decisions, trimming the note', () => {
    expect(parseDecision({ decision: 'verified' })).toEqual({ decision: 'verified', note: null, ok: true })
    expect(parseDecision({ decision: 'verified', note: '  Welcome!  ' })).toEqual({ decision: 'verified', note: 'Welcome!', ok: true })
    expect(parseDecision({ decision: 'needs-revision', note: 'Fix the KTM.' })).toMatchObject({ decision: 'needs-revision', ok: true })
    expect(parseDecision({ decision: 'rejected', note: 'Not students.' })).toMatchObject({ decision: 'rejected', ok: true })
  })

  it('requires a note to ask for a revision or to reject', () => {
    expect(parseDecision({ decision: 'needs-revision' })).toMatchObject({ ok: false, error: expect.stringMatching(/what to fix/) })
    expect(parseDecision({ decision: 'rejected', note: '   ' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/why it is rejected/),
    })
    expect(noteRequired('verified')).toBe(false)
    expect(noteRequired('rejected')).toBe(true)
  })

  it('names the field of a wrong type', () => {
    expect(parseDecision({})).toMatchObject({ ok: false, error: expect.stringMatching(/^"decision" must be one of/) })
    expect(parseDecision({ decision: 'withdrawn' })).toMatchObject({ ok: false })
    expect(parseDecision({ decision: ['verified'] })).toMatchObject({ ok: false })
    expect(parseDecision({ decision: 'verified', note: 7 })).toMatchObject({ ok: false, error: '"note" must be text.' })
    expect(parseDecision({ decision: 'verified', note: 'x'.repeat(2001) })).toMatchObject({ ok: false })
    expect(isReviewDecision('pending')).toBe(false)
  })
})

describe('parseIdList', () => {
  it('takes a non-empty list of ids, once each', () => {
    expect(parseIdList(['a', 'b', 'a', ' c '])).toEqual({ ids: ['a', 'b', 'c'], ok: true })
  })

  it('refuses anything else, and more than the limit', () => {
    for (const value of [undefined, 'a', [], [1], ['a', null], [''], { 0: 'a' }]) expect(parseIdList(value).ok).toBe(false)
    expect(parseIdList(Array.from({ length: BULK_LIMIT }, (_, index) => `id-${index}`)).ok).toBe(true)
    expect(parseIdList(Array.from({ length: BULK_LIMIT + 1 }, (_, index) => `id-${index}`))).toMatchObject({
      error: expect.stringMatching(/at most 500/),
      ok: false,
    })
  })
})

describe('optimistic concurrency and holds', () => {
  it('compares instants, not spellings', () => {
    expect(sameInstant('2026-11-28T07:00:00.000Z', '2026-11-28T14:00:00.000+07:00')).toBe(true)
    expect(sameInstant('2026-11-28T07:00:00.000Z', '2026-11-28T07:00:00.001Z')).toBe(false)
    expect(sameInstant('not a date', 'not a date')).toBe(false)
    expect(sameInstant(null, '2026-11-28T07:00:00.000Z')).toBe(false)
  })

  it('says who changed it and when, in WIB', () => {
    const message = changedMeanwhileMessage({ by: 'Budi', teamName: 'Garuda', updatedAt: '2026-11-28T07:00:00.000Z' })
    expect(message).toBe('Garuda changed since you opened it (by Budi, at 28 Nov 2026, 14:00:00 WIB); reload it and decide again.')
    expect(changedMeanwhileMessage({ by: null, teamName: 'Garuda', updatedAt: '2026-11-28T07:00:00.000Z' })).toMatch(
      /by the team or the system/,
    )
  })
})
