/**
 * Stages, scoring and ranking as plain functions: submission windows with grace, weighted
 * rubric totals, and a ranking that normalises each judge's scores so that a harsh (or
 * generous) judge does not decide the outcome alone.
 */
import { fitAdditiveModel } from './additiveModel'
import { formatWib } from './registration'
import { type DateInput, toTime } from './schedule'

export type StageWindowState = { late: boolean; message?: string; open: boolean }

const MINUTE = 60_000

/**
 * Open from `opensAt` to `closesAt`; for `graceMinutes` after that a submission is still
 * accepted but flagged late; after the grace, nothing is accepted or changed.
 */
export const submissionWindow = (
  stage: { closesAt: DateInput; graceMinutes?: null | number; name?: null | string; opensAt: DateInput },
  now: Date,
): StageWindowState => {
  const opens = toTime(stage.opensAt)
  const closes = toTime(stage.closesAt)
  const name = stage.name ? `"${stage.name}"` : 'This stage'
  if (opens === undefined || closes === undefined) return { late: false, message: `${name} has no submission window.`, open: false }
  const t = now.getTime()
  if (t < opens) return { late: false, message: `${name} opens for submissions on ${new Date(opens).toISOString()}.`, open: false }
  if (t <= closes) return { late: false, open: true }
  const graceEnds = closes + Math.max(0, stage.graceMinutes ?? 0) * MINUTE
  if (t <= graceEnds) return { late: true, open: true }
  return { late: false, message: `${name} closed for submissions on ${new Date(closes).toISOString()}.`, open: false }
}

/**
 * Whether a team may enter a stage: every team for an "all verified teams" stage; only teams
 * advanced into it (an entry in their progress) for an "advanced" stage.
 */
export const isEligibleForStage = (
  stage: { eligibility?: null | string; key: string },
  progress: { stage: string }[] | null | undefined,
): boolean => stage.eligibility !== 'advanced' || (progress ?? []).some((entry) => entry.stage === stage.key)

/** A well-formed absolute http(s) URL with a host. */
export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname) && !/\s/.test(value.trim())
  } catch {
    return false
  }
}

export type RubricCriterion = { criterion: string; maxScore: number; weight: number }
export type CriterionScore = { criterion: string; score: number }

/**
 * The weighted total of a judge's scores, normalised to 0–100:
 *   Σ weight × score / maxScore  ÷  Σ weight  × 100, rounded to two decimals.
 * Every rubric criterion must be scored exactly once, within 0–maxScore.
 */
export const weightedTotal = (
  rubric: RubricCriterion[],
  scores: CriterionScore[],
): { errors: string[]; total?: undefined } | { errors: []; total: number } => {
  const errors: string[] = []
  if (rubric.length === 0) return { errors: ['This stage has no rubric to score against.'] }
  const byName = new Map<string, number>()
  for (const { criterion, score } of scores) {
    if (!rubric.some((item) => item.criterion === criterion)) errors.push(`"${criterion}" is not a criterion of this stage.`)
    else if (byName.has(criterion)) errors.push(`"${criterion}" is scored twice.`)
    byName.set(criterion, score)
  }
  let weighted = 0
  let weights = 0
  for (const { criterion, maxScore, weight } of rubric) {
    const score = byName.get(criterion)
    if (score === undefined || score === null || Number.isNaN(score)) {
      errors.push(`Score "${criterion}".`)
      continue
    }
    if (score < 0 || score > maxScore) errors.push(`"${criterion}" is scored from 0 to ${maxScore}; ${score} is outside.`)
    weighted += weight * (score / maxScore)
    weights += weight
  }
  if (errors.length > 0) return { errors }
  return { errors: [], total: Math.round((weighted / weights) * 100 * 100) / 100 }
}

export type ScoreRow = { judge: string; registration: string; total: number }
export type RankedTeam = {
  code: string
  judges: number
  meanTotal: null | number
  normalisedScore: null | number
  rank: number
  registration: string
  submittedAt?: null | string
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length

/**
 * Ranks teams by a score that evens out judges' different standards. `zscore` (the default,
 * for stages where every judge sees every team or a comparable sample): the mean of the team's
 * per-judge z-scores, each judge's totals standardised against that judge's own mean and
 * (population) standard deviation over the teams they scored; a judge whose totals are all
 * equal contributes 0. `additive` (for stages whose judges see different teams): the team's
 * quality in the least-squares model total = quality + judge bias. Ties are broken by
 * the raw mean total, then by more judges, then by the earlier submission, then by code.
 * Teams nobody scored come last, by submission time and code.
 */
export const RANKING_METHODS = ['zscore', 'additive'] as const
export type RankingMethod = (typeof RANKING_METHODS)[number]

/** Each team's mean z-score: every judge's totals standardised against that judge's own. */
const zScoreOf = (scores: ScoreRow[]): ((registration: string, own: ScoreRow[]) => number) => {
  const byJudge = new Map<string, number[]>()
  for (const row of scores) byJudge.set(row.judge, [...(byJudge.get(row.judge) ?? []), row.total])
  const judgeStats = new Map<string, { mean: number; sd: number }>()
  for (const [judge, totals] of byJudge) {
    const m = mean(totals)
    judgeStats.set(judge, { mean: m, sd: Math.sqrt(mean(totals.map((total) => (total - m) ** 2))) })
  }
  return (_registration, own) =>
    Math.round(
      mean(
        own.map((row) => {
          const stats = judgeStats.get(row.judge) as { mean: number; sd: number }
          return stats.sd === 0 ? 0 : (row.total - stats.mean) / stats.sd
        }),
      ) * 10_000,
    ) / 10_000
}

/** Each team's estimated quality (0–100 scale) in the additive model of src/domain/additiveModel.ts. */
const additiveQualityOf = (scores: ScoreRow[]): ((registration: string) => number) => {
  const fit = fitAdditiveModel(scores.map((row) => ({ judge: row.judge, team: row.registration, total: row.total })))
  return (registration) => Math.round((fit.quality.get(registration) ?? 0) * 10_000) / 10_000
}

export const rankTeams = (
  teams: { code: string; registration: string; submittedAt?: null | string }[],
  scores: ScoreRow[],
  method: RankingMethod = 'zscore',
): RankedTeam[] => {
  const scoreOf = method === 'additive' ? additiveQualityOf(scores) : zScoreOf(scores)
  const rows = teams.map((team) => {
    const own = scores.filter((row) => row.registration === team.registration)
    if (own.length === 0) return { ...team, judges: 0, meanTotal: null, normalisedScore: null }
    return {
      ...team,
      judges: own.length,
      meanTotal: Math.round(mean(own.map((row) => row.total)) * 100) / 100,
      normalisedScore: scoreOf(team.registration, own),
    }
  })
  const time = (value?: null | string) => toTime(value) ?? Number.MAX_SAFE_INTEGER
  rows.sort((a, b) => {
    if ((a.normalisedScore === null) !== (b.normalisedScore === null)) return a.normalisedScore === null ? 1 : -1
    return (
      (b.normalisedScore ?? 0) - (a.normalisedScore ?? 0) ||
      (b.meanTotal ?? 0) - (a.meanTotal ?? 0) ||
      b.judges - a.judges ||
      time(a.submittedAt) - time(b.submittedAt) ||
      a.code.localeCompare(b.code)
    )
  })
  return rows.map((row, index) => ({ ...row, rank: index + 1 }))
}

export const PLACINGS = [
  { label: '1st place', value: 'first' },
  { label: '2nd place', value: 'second' },
  { label: '3rd place', value: 'third' },
  { label: 'Honourable mention', value: 'honourable-mention' },
] as const

/**
 * Scores are taken until the stage's judging deadline (none: until results are published).
 * The committee reopens judging by moving the deadline later or clearing it.
 */
export const judgingClosedError = (stageName: string, judgingClosesAt: DateInput, now: Date): null | string => {
  const closes = toTime(judgingClosesAt)
  if (closes === undefined || now.getTime() < closes) return null
  return `Judging of "${stageName}" closed on ${formatWib(closes)}; ask the committee to reopen it.`
}
