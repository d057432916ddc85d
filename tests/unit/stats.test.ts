import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { fillDays, jakartaDate, lastDays, registrationTotals, stageProgress } from '../../src/domain/stats'

const at = (iso: string) => new Date(iso)

describe('jakartaDate', () => {
  it('is the calendar day in Jakarta (UTC+7): a late evening in UTC is already tomorrow', () => {
    expect(jakartaDate(at('2026-03-01T16:59:59.999Z'))).toBe('2026-03-01')
    expect(jakartaDate(at('2026-03-01T17:00:00.000Z'))).toBe('2026-03-02')
    expect(jakartaDate(at('2026-12-31T18:00:00Z'))).toBe('2027-01-01')
  })
})

describe('lastDays', () => {
  it('ends with today in Jakarta and starts at midnight in Jakarta of the first day', () => {
    const window = lastDays(at('2026-03-01T20:00:00Z'), 30)
    expect(window.days).toHaveLength(30)
    expect(window.days.at(-1)).toBe('2026-03-02')
    expect(window.days[0]).toBe('2026-02-01')
    expect(window.since.toISOString()).toBe('2026-01-31T17:00:00.000Z')
  })
  it('crosses a leap day and a year', () => {
    expect(lastDays(at('2028-03-01T05:00:00Z'), 2).days).toEqual(['2028-02-29', '2028-03-01'])
    expect(lastDays(at('2027-01-01T05:00:00Z'), 2).days).toEqual(['2026-12-31', '2027-01-01'])
  })
  it('always gives consecutive days, and `since` is the first day starting in Jakarta', () => {
    fc.assert(
      fc.property(
        fc.date({ max: new Date('2100-01-01'), min: new Date('2000-01-01'), noInvalidDate: true }),
        fc.integer({ max: 60, min: 1 }),
        (now, length) => {
          const { days, since } = lastDays(now, length)
          expect(days).toHaveLength(length)
          expect(days.at(-1)).toBe(jakartaDate(now))
          expect(jakartaDate(since)).toBe(days[0])
          expect(jakartaDate(new Date(since.getTime() - 1))).not.toBe(days[0])
          for (let index = 1; index < days.length; index++) {
            expect(Date.parse(days[index]) - Date.parse(days[index - 1])).toBe(24 * 60 * 60 * 1000)
          }
        },
      ),
    )
  })
})

describe('fillDays', () => {
  it('gives every day of the window in order, zeros included, and ignores days outside it', () => {
    const window = lastDays(at('2026-03-05T03:00:00Z'), 4)
    expect(
      fillDays(window, [
        { count: 3, date: '2026-03-04' },
        { count: 9, date: '2026-02-01' },
        { count: 2, date: '2026-03-02' },
      ]),
    ).toEqual([
      { count: 2, date: '2026-03-02' },
      { count: 0, date: '2026-03-03' },
      { count: 3, date: '2026-03-04' },
      { count: 0, date: '2026-03-05' },
    ])
  })
})

describe('registrationTotals', () => {
  it('counts every status (zeros included), places held, the waitlist, documents to review and fees', () => {
    const totals = registrationTotals([
      { count: 4, fees: 400_000, status: 'pending' },
      { count: 1, fees: 150_000, status: 'needs-revision' },
      { count: 3, fees: 250_000, status: 'verified' },
      { count: 2, fees: 200_000, status: 'rejected' },
      { count: 5, fees: 0, status: 'waitlisted' },
    ])
    expect(totals).toEqual({
      byStatus: { 'needs-revision': 1, pending: 4, rejected: 2, verified: 3, waitlisted: 5, withdrawn: 0 },
      documentsAwaitingReview: 4,
      fees: { due: 800_000, verified: 250_000 },
      placesTaken: 8,
      waitlisted: 5,
    })
  })
  it('an empty competition is all zeros; an unknown status counts nowhere', () => {
    const totals = registrationTotals([{ count: 7, fees: 70, status: 'archived' }])
    expect(Object.values(totals.byStatus).every((count) => count === 0)).toBe(true)
    expect(totals.fees).toEqual({ due: 0, verified: 0 })
    expect(totals.placesTaken).toBe(0)
  })
})

describe('stageProgress', () => {
  const stages = [
    { key: 'preliminary', name: 'Preliminary' },
    { key: 'final', name: 'Final' },
  ]
  const judges = [
    { id: 'j1', institutionKey: 'itb' },
    { id: 'j2', institutionKey: null },
    { id: 'j3', institutionKey: 'ui' },
  ]

  it('expects every judge to score every submission of a stage, in stage order, zeros for stages without work', () => {
    const progress = stageProgress({
      declaredConflicts: [],
      judges,
      sameInstitution: [],
      scores: [{ count: 7, stage: 'preliminary' }],
      stages,
      submissions: [{ count: 5, stage: 'preliminary' }],
    })
    expect(progress).toEqual({
      judging: [
        { name: 'Preliminary', scoresExpected: 15, scoresGiven: 7, stage: 'preliminary' },
        { name: 'Final', scoresExpected: 0, scoresGiven: 0, stage: 'final' },
      ],
      submissions: [
        { count: 5, name: 'Preliminary', stage: 'preliminary' },
        { count: 0, name: 'Final', stage: 'final' },
      ],
    })
  })

  it('expects one score per assignment in a stage that gives each submission to a few judges', () => {
    const progress = stageProgress({
      assignments: [{ count: 10, stage: 'preliminary' }],
      declaredConflicts: [],
      judges,
      sameInstitution: [],
      scores: [{ count: 4, stage: 'preliminary' }],
      stages: [{ ...stages[0], assigned: true }, stages[1]],
      submissions: [{ count: 5, stage: 'preliminary' }],
    })
    // Five submissions with two judges each: 10 expected, not 3 judges × 5.
    expect(progress.judging[0]).toEqual({ name: 'Preliminary', scoresExpected: 10, scoresGiven: 4, stage: 'preliminary' })
  })

  it("leaves out teams of a judge's own institution and declared conflicts, each pair once", () => {
    const progress = stageProgress({
      declaredConflicts: [
        // j2 declared a conflict with team r1 (twice: still one pair).
        { institutionKey: 'ui', judge: 'j2', registration: 'r1', stage: 'preliminary' },
        { institutionKey: 'ui', judge: 'j2', registration: 'r1', stage: 'preliminary' },
        // j1 declared one with a team of its own institution: already left out.
        { institutionKey: 'itb', judge: 'j1', registration: 'r2', stage: 'preliminary' },
        // Someone no longer on the panel.
        { institutionKey: 'itb', judge: 'gone', registration: 'r2', stage: 'preliminary' },
        { institutionKey: 'ugm', judge: 'j3', registration: 'r3', stage: 'final' },
      ],
      judges,
      sameInstitution: [
        { count: 2, institutionKey: 'itb', stage: 'preliminary' },
        { count: 1, institutionKey: 'ui', stage: 'preliminary' },
        { count: 1, institutionKey: 'itb', stage: 'final' },
      ],
      scores: [],
      stages,
      submissions: [
        { count: 6, stage: 'preliminary' },
        { count: 3, stage: 'final' },
        { count: 4, stage: 'removed-stage' },
      ],
    })
    // Preliminary: j1 6−2, j2 6−1 (declared), j3 6−1 → 4+5+5 = 14. Final: j1 3−1, j2 3, j3 3−1 → 7.
    expect(progress.judging.map((stage) => stage.scoresExpected)).toEqual([14, 7])
    expect(progress.submissions.map((stage) => stage.count)).toEqual([6, 3])
  })

  it('no judges: nothing is expected', () => {
    const progress = stageProgress({
      declaredConflicts: [],
      judges: [],
      sameInstitution: [],
      scores: [],
      stages,
      submissions: [{ count: 5, stage: 'final' }],
    })
    expect(progress.judging.map((stage) => stage.scoresExpected)).toEqual([0, 0])
  })
})
