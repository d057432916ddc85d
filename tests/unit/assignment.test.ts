import { describe, expect, it } from 'vitest'

import { fitAdditiveModel, kendallTau } from '../../src/domain/additiveModel'
import { assignJudges, disjointJudgePairs } from '../../src/domain/assignment'
import { rankTeams } from '../../src/domain/judging'

/** A small seeded generator (mulberry32) so every panel below is the same on every run. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const normal = (next: () => number) => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())

const judgesNamed = (n: number) => Array.from({ length: n }, (_, i) => `judge-${i + 1}`)
const loads = (judges: string[], assignments: { judge: string }[]) =>
  judges.map((judge) => assignments.filter((assignment) => assignment.judge === judge).length)

describe('assigning judges to submissions', () => {
  it('gives each submission k judges, balanced, every judge pair overlapping, over many random panels', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed)
      const judges = judgesNamed(4 + Math.floor(next() * 7)) // 4..10
      const perSubmission = 2 + Math.floor(next() * 2) // 2..3
      const submissions = Array.from({ length: 10 + Math.floor(next() * 80) }, (_, i) => ({ conflicts: [], id: `s-${i}` }))
      const plan = assignJudges({ judges, perSubmission, submissions })
      expect(plan.shortfalls).toEqual([])
      for (const submission of submissions) {
        const panel = plan.assignments.filter((assignment) => assignment.submission === submission.id).map((a) => a.judge)
        expect(new Set(panel).size).toBe(perSubmission)
      }
      const perJudge = loads(judges, plan.assignments)
      expect(Math.max(...perJudge) - Math.min(...perJudge), `seed ${seed}`).toBeLessThanOrEqual(1)
      // Enough shared slots for every pair: each submission covers C(k,2) pairs.
      const coverable = submissions.length * ((perSubmission * (perSubmission - 1)) / 2) >= 2 * ((judges.length * (judges.length - 1)) / 2)
      if (coverable) expect(disjointJudgePairs(judges, plan.assignments), `seed ${seed}`).toEqual([])
    }
  })

  it('never assigns a conflicted judge, stays balanced where conflicts allow, and names teams it cannot cover', () => {
    for (let seed = 100; seed < 140; seed++) {
      const next = random(seed)
      const judges = judgesNamed(6 + Math.floor(next() * 4))
      const submissions = Array.from({ length: 40 }, (_, i) => ({
        conflicts: judges.filter(() => next() < 0.15),
        id: `s-${i}`,
        label: `Team ${i}`,
      }))
      const plan = assignJudges({ judges, perSubmission: 3, submissions })
      for (const { judge, submission } of plan.assignments) {
        expect(submissions.find((s) => s.id === submission)?.conflicts).not.toContain(judge)
      }
      for (const submission of submissions) {
        const free = judges.length - submission.conflicts.length
        const got = plan.assignments.filter((assignment) => assignment.submission === submission.id).length
        expect(got).toBe(Math.min(3, free))
        expect(plan.shortfalls.some((shortfall) => shortfall.submission === submission.id)).toBe(free < 3)
      }
      const perJudge = loads(judges, plan.assignments)
      expect(Math.max(...perJudge) - Math.min(...perJudge), `seed ${seed}`).toBeLessThanOrEqual(2)
    }
  })

  it('reports a team with too few judges free of conflict by name', () => {
    const plan = assignJudges({
      judges: ['a', 'b', 'c'],
      perSubmission: 3,
      submissions: [{ conflicts: ['a', 'b'], id: 's1', label: 'Tim Garuda (UGM)' }],
    })
    expect(plan.assignments).toEqual([{ judge: 'c', submission: 's1' }])
    expect(plan.shortfalls).toEqual([{ available: 1, label: 'Tim Garuda (UGM)', needed: 3, submission: 's1' }])
  })

  it('keeps existing assignments and adds only what is missing (new submissions later)', () => {
    const judges = judgesNamed(5)
    const first = assignJudges({
      judges,
      perSubmission: 2,
      submissions: [
        { conflicts: [], id: 's1' },
        { conflicts: [], id: 's2' },
      ],
    })
    const later = assignJudges({
      existing: first.assignments,
      judges,
      perSubmission: 2,
      submissions: [
        { conflicts: [], id: 's1' },
        { conflicts: [], id: 's2' },
        { conflicts: [], id: 's3' },
      ],
    })
    expect(later.added.every((assignment) => assignment.submission === 's3')).toBe(true)
    expect(later.added).toHaveLength(2)
    // The first two submissions leave one judge idle: the new one goes to them first.
    const busy = new Set(first.assignments.map((assignment) => assignment.judge))
    expect(later.added.filter((assignment) => !busy.has(assignment.judge))).toHaveLength(1)
    const perJudge = loads(judges, later.assignments)
    expect(Math.max(...perJudge) - Math.min(...perJudge)).toBeLessThanOrEqual(1)
  })
})

describe('ranking with partial overlap (additive model)', () => {
  /**
   * 60 teams, 8 judges, 3 judges per team (assigned as above), judges biased by −2…+2 points
   * (evenly spread), scores = quality + bias + noise. The additive model must recover the true
   * order better than the raw mean of each team's scores.
   */
  const simulate = (seed: number) => {
    const next = random(seed)
    const judges = judgesNamed(8)
    const bias = new Map(judges.map((judge, i) => [judge, -2 + (4 * i) / (judges.length - 1)]))
    const teams = Array.from({ length: 60 }, (_, i) => ({ id: `team-${i}`, quality: 70 + 3 * normal(next) }))
    // Shuffle the submission order so who meets whom differs per seed.
    const submissions = teams.map((team) => ({ conflicts: [], id: team.id, order: next() })).sort((a, b) => a.order - b.order)
    const plan = assignJudges({ judges, perSubmission: 3, submissions })
    const observations = plan.assignments.map(({ judge, submission }) => ({
      judge,
      team: submission,
      total: (teams.find((team) => team.id === submission)?.quality ?? 0) + (bias.get(judge) ?? 0) + 0.75 * normal(next),
    }))
    const truth = [...teams].sort((a, b) => b.quality - a.quality).map((team) => team.id)
    const rawMean = teams
      .map((team) => {
        const own = observations.filter((row) => row.team === team.id)
        return { id: team.id, score: own.reduce((sum, row) => sum + row.total, 0) / own.length }
      })
      .sort((a, b) => b.score - a.score)
      .map((team) => team.id)
    const fit = fitAdditiveModel(observations)
    const additive = [...fit.quality.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id)
    return { additive: kendallTau(truth, additive), bias: fit.bias, raw: kendallTau(truth, rawMean), trueBias: bias }
  }

  it('recovers the true order better than the raw mean, over several seeds', () => {
    const runs = Array.from({ length: 10 }, (_, i) => simulate(i + 1))
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
    const additive = mean(runs.map((run) => run.additive))
    const raw = mean(runs.map((run) => run.raw))
    expect(additive - raw).toBeGreaterThan(0.05)
    expect(runs.filter((run) => run.additive > run.raw).length).toBeGreaterThanOrEqual(9)
    // And it finds the judges' biases themselves (within half a point).
    for (const [judge, value] of runs[0].bias) expect(Math.abs(value - (runs[0].trueBias.get(judge) ?? 0))).toBeLessThan(0.5)
  })

  it('equals the plain mean when every judge scores every team', () => {
    const observations = ['a', 'b', 'c'].flatMap((team, t) => ['j1', 'j2'].map((judge, j) => ({ judge, team, total: 60 + 10 * t + 4 * j })))
    const fit = fitAdditiveModel(observations, { biasShrinkage: 0 })
    expect(fit.quality.get('a')).toBeCloseTo(62, 6)
    expect(fit.quality.get('c')).toBeCloseTo(82, 6)
    expect(fit.bias.get('j2')! - fit.bias.get('j1')!).toBeCloseTo(4, 6)
  })

  it('kendallTau is 1 for the same order and −1 for the reverse', () => {
    expect(kendallTau(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1)
    expect(kendallTau(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(-1)
  })
})

describe('assigning one late submission', () => {
  it('balances against every existing assignment of the stage, not only its own', () => {
    const judges = judgesNamed(4)
    const first = assignJudges({ judges, perSubmission: 2, submissions: [{ conflicts: [], id: 's1' }] })
    const late = assignJudges({ existing: first.assignments, judges, perSubmission: 2, submissions: [{ conflicts: [], id: 's2' }] })
    const busy = new Set(first.assignments.map((assignment) => assignment.judge))
    expect(late.added.map((assignment) => busy.has(assignment.judge))).toEqual([false, false])
    expect(late.assignments).toHaveLength(4)
  })
})

describe('rankTeams with the additive method', () => {
  it("ranks a team a harsh judge scored above one a kind judge scored, once a shared team shows the judges' difference", () => {
    const teams = ['t1', 't2', 't3'].map((registration) => ({ code: registration.toUpperCase(), registration }))
    const scores = [
      { judge: 'harsh', registration: 't1', total: 65 },
      { judge: 'kind', registration: 't2', total: 80 },
      // Both scored t3: the kind judge gives 20 points more.
      { judge: 'harsh', registration: 't3', total: 60 },
      { judge: 'kind', registration: 't3', total: 80 },
    ]
    const additive = rankTeams(teams, scores, 'additive').map((row) => row.registration)
    expect(additive.indexOf('t1')).toBeLessThan(additive.indexOf('t2'))
    const byMean = [...rankTeams(teams, scores)].sort((a, b) => (b.meanTotal ?? 0) - (a.meanTotal ?? 0)).map((row) => row.registration)
    expect(byMean.indexOf('t2')).toBeLessThan(byMean.indexOf('t1'))
  })
})
