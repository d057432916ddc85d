import { describe, expect, it } from 'vitest'

import { isEligibleForStage, isHttpUrl, rankTeams, submissionWindow, weightedTotal } from '../../src/domain/judging'

const stage = { closesAt: '2026-03-10T12:00:00Z', graceMinutes: 30, name: 'Preliminary', opensAt: '2026-03-01T00:00:00Z' }
const at = (iso: string) => new Date(iso)

describe('submissionWindow', () => {
  it('early: refused, saying when it opens', () => {
    expect(submissionWindow(stage, at('2026-02-28T23:59:59Z'))).toMatchObject({ open: false, message: expect.stringMatching(/opens/) })
  })
  it('on time: open, not late (the closing instant included)', () => {
    expect(submissionWindow(stage, at('2026-03-05T00:00:00Z'))).toEqual({ late: false, open: true })
    expect(submissionWindow(stage, at('2026-03-10T12:00:00Z'))).toEqual({ late: false, open: true })
  })
  it('in grace: open and late', () => {
    expect(submissionWindow(stage, at('2026-03-10T12:30:00Z'))).toEqual({ late: true, open: true })
  })
  it('after the grace: closed', () => {
    expect(submissionWindow(stage, at('2026-03-10T12:30:01Z'))).toMatchObject({ open: false, message: expect.stringMatching(/closed/) })
  })
})

describe('isEligibleForStage', () => {
  it('every team enters an open stage; only advanced teams enter an "advanced" one', () => {
    expect(isEligibleForStage({ eligibility: 'all-verified', key: 'final' }, [])).toBe(true)
    expect(isEligibleForStage({ key: 'final' }, null)).toBe(true)
    expect(isEligibleForStage({ eligibility: 'advanced', key: 'final' }, [{ stage: 'semifinal' }])).toBe(false)
    expect(isEligibleForStage({ eligibility: 'advanced', key: 'final' }, [{ stage: 'semifinal' }, { stage: 'final' }])).toBe(true)
  })
})

describe('isHttpUrl', () => {
  it.each([
    ['https://github.com/team/repo', true],
    ['http://demo.example.com:8080/x?y=1', true],
    ['javascript:alert(1)', false],
    ['ftp://example.com/file', false],
    ['github.com/team/repo', false],
    ['https://exa mple.com', false],
  ])('%s → %s', (url, ok) => expect(isHttpUrl(url)).toBe(ok))
})

describe('weightedTotal', () => {
  const rubric = [
    { criterion: 'Innovation', maxScore: 10, weight: 2 },
    { criterion: 'Execution', maxScore: 5, weight: 1 },
  ]
  it('weights and normalises to 0–100', () => {
    // (2 × 8/10 + 1 × 3/5) / 3 × 100 = (1.6 + 0.6) / 3 × 100 = 73.33
    expect(
      weightedTotal(rubric, [
        { criterion: 'Innovation', score: 8 },
        { criterion: 'Execution', score: 3 },
      ]),
    ).toEqual({ errors: [], total: 73.33 })
    expect(
      weightedTotal(rubric, [
        { criterion: 'Innovation', score: 10 },
        { criterion: 'Execution', score: 5 },
      ]).total,
    ).toBe(100)
  })
  it('refuses missing, unknown, repeated and out-of-range criteria', () => {
    expect(weightedTotal(rubric, [{ criterion: 'Innovation', score: 8 }]).errors).toEqual(['Score "Execution".'])
    expect(
      weightedTotal(rubric, [
        { criterion: 'Innovation', score: 11 },
        { criterion: 'Execution', score: 3 },
      ]).errors,
    ).toEqual(['"Innovation" is scored from 0 to 10; 11 is outside.'])
    expect(
      weightedTotal(rubric, [
        { criterion: 'Innovation', score: 1 },
        { criterion: 'Execution', score: 1 },
        { criterion: 'Vibes', score: 1 },
      ]).errors,
    ).toEqual(['"Vibes" is not a criterion of this stage.'])
  })
})

describe('rankTeams: 3 judges × 4 teams, one harsh judge (worked out by hand)', () => {
  // J1 scores A, B, C; J2 scores A, B, D; J3 (harsh) scores C and D only.
  //   J1: A 80, B 70, C 90   mean 80, sd √(200/3) = 8.165  → zA 0, zB −1.2247, zC +1.2247
  //   J2: A 90, B 60, D 75   mean 75, sd √150 = 12.247     → zA +1.2247, zB −1.2247, zD 0
  //   J3: C 40, D 30         mean 35, sd 5                 → zC +1, zD −1
  // Raw means: A 85, B 65, C 65, D 52.5 — the harsh judge drags C down to B's level.
  // Normalised: A 0.6124, B −1.2247, C 1.1124, D −0.5  →  C, A, D, B.
  const teams = ['A', 'B', 'C', 'D', 'E'].map((code) => ({ code, registration: code }))
  const scores = [
    { judge: 'J1', registration: 'A', total: 80 },
    { judge: 'J1', registration: 'B', total: 70 },
    { judge: 'J1', registration: 'C', total: 90 },
    { judge: 'J2', registration: 'A', total: 90 },
    { judge: 'J2', registration: 'B', total: 60 },
    { judge: 'J2', registration: 'D', total: 75 },
    { judge: 'J3', registration: 'C', total: 40 },
    { judge: 'J3', registration: 'D', total: 30 },
  ]
  const ranking = rankTeams(teams, scores)

  it('orders by normalised score, with the unscored team last', () => {
    expect(ranking.map((row) => row.code)).toEqual(['C', 'A', 'D', 'B', 'E'])
    expect(ranking.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5])
  })

  it('reports mean totals, judge counts and normalised scores', () => {
    const byCode = Object.fromEntries(ranking.map((row) => [row.code, row]))
    expect(byCode.A).toMatchObject({ judges: 2, meanTotal: 85, normalisedScore: 0.6124 })
    expect(byCode.B).toMatchObject({ judges: 2, meanTotal: 65, normalisedScore: -1.2247 })
    expect(byCode.C).toMatchObject({ judges: 2, meanTotal: 65, normalisedScore: 1.1124 })
    expect(byCode.D).toMatchObject({ judges: 2, meanTotal: 52.5, normalisedScore: -0.5 })
    expect(byCode.E).toMatchObject({ judges: 0, meanTotal: null, normalisedScore: null })
  })

  it('breaks ties by mean total, then judges, then earlier submission, then code', () => {
    const tied = rankTeams(
      [
        { code: 'Z', registration: 'Z', submittedAt: '2026-01-01T10:00:00Z' },
        { code: 'Y', registration: 'Y', submittedAt: '2026-01-01T09:00:00Z' },
      ],
      [
        { judge: 'J', registration: 'Z', total: 50 },
        { judge: 'J', registration: 'Y', total: 50 },
      ],
    )
    expect(tied.map((row) => row.code)).toEqual(['Y', 'Z'])
  })
})
