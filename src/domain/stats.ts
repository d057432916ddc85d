/**
 * The committee's overview of a competition, shaped from grouped counts. The database answers
 * "how many per status / per day / per stage"; these functions turn those few rows into the
 * numbers people read, so every database gives the same answer and the rules are tested here.
 */
import { HOLDING_STATUSES, REGISTRATION_STATUSES, type RegistrationStatus } from './registration'

/** Indonesia's western time (WIB) has been UTC+7 all year since 1964: no daylight saving. */
export const JAKARTA_UTC_OFFSET_HOURS = 7
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** The calendar day in Jakarta of an instant, as YYYY-MM-DD. */
export const jakartaDate = (instant: Date): string =>
  new Date(instant.getTime() + JAKARTA_UTC_OFFSET_HOURS * HOUR).toISOString().slice(0, 10)

export type DayWindow = { days: string[]; since: Date }

/**
 * The last `length` calendar days in Jakarta, today included and last, and the instant the
 * first of them began (midnight in Jakarta): count what was created at or after `since`.
 */
export const lastDays = (now: Date, length = 30): DayWindow => {
  const today = Date.parse(`${jakartaDate(now)}T00:00:00.000Z`)
  const days = Array.from({ length }, (_, index) => new Date(today - (length - 1 - index) * DAY).toISOString().slice(0, 10))
  return { days, since: new Date(today - (length - 1) * DAY - JAKARTA_UTC_OFFSET_HOURS * HOUR) }
}

export type DayCount = { count: number; date: string }

/** One entry per day of the window, in order, zero where nothing was counted; other days are ignored. */
export const fillDays = (window: DayWindow, counted: DayCount[]): DayCount[] => {
  const byDay = new Map<string, number>()
  for (const { count, date } of counted) byDay.set(date, (byDay.get(date) ?? 0) + count)
  return window.days.map((date) => ({ count: byDay.get(date) ?? 0, date }))
}

/** One grouped row per registration status: how many, and the sum of their `feeDue`. */
export type StatusTotal = { count: number; fees: number; status: string }

export type RegistrationTotals = {
  byStatus: Record<RegistrationStatus, number>
  /**
   * Registrations whose documents (student cards, payment proof) wait for the committee's
   * decision: status `pending`, which includes teams that resubmitted after a revision request.
   */
  documentsAwaitingReview: number
  fees: {
    /** What the teams holding a place (pending, needs revision, verified) owe in total. */
    due: number
    /** The part of that owed by verified teams: the committee accepted their payment proof. */
    verified: number
  }
  placesTaken: number
  waitlisted: number
}

export const registrationTotals = (rows: StatusTotal[]): RegistrationTotals => {
  const byStatus = Object.fromEntries(REGISTRATION_STATUSES.map((status) => [status, 0])) as Record<RegistrationStatus, number>
  const fees = Object.fromEntries(REGISTRATION_STATUSES.map((status) => [status, 0])) as Record<RegistrationStatus, number>
  for (const row of rows) {
    if (!(REGISTRATION_STATUSES as readonly string[]).includes(row.status)) continue
    byStatus[row.status as RegistrationStatus] += row.count
    fees[row.status as RegistrationStatus] += row.fees
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  return {
    byStatus,
    documentsAwaitingReview: byStatus.pending,
    fees: { due: sum(HOLDING_STATUSES.map((status) => fees[status])), verified: fees.verified },
    placesTaken: sum(HOLDING_STATUSES.map((status) => byStatus[status])),
    waitlisted: byStatus.waitlisted,
  }
}

export type StageCount = { count: number; stage: string }
/** Submissions of a stage whose team comes from one institution. */
export type InstitutionCount = StageCount & { institutionKey: string }
/** A judge's declared conflict with a team that submitted to a stage. */
export type DeclaredConflict = { institutionKey: null | string; judge: string; registration: string; stage: string }
export type Judge = { id: string; institutionKey: null | string }

export type StageProgress = {
  judging: { name: string; scoresExpected: number; scoresGiven: number; stage: string }[]
  submissions: { count: number; name: string; stage: string }[]
}

/**
 * Submissions and judging progress per stage, in the competition's stage order.
 *
 * Scores expected for a stage: every judge of the competition scores every submission of the
 * stage except those they may not see — teams of their own institution and teams they declared
 * a conflict with (the rule of access/judging.ts). A declared conflict with a team of the
 * judge's own institution is subtracted once. Scores given counts the stage's scores by the
 * competition's current judges, so progress never passes 100% when a judge leaves the panel.
 * A stage that gives each submission to a few judges (`assigned`) expects one score per
 * assignment instead.
 */
export const stageProgress = (args: {
  /** Assignments per assigning stage (stages with `judgesPerSubmission`). */
  assignments?: StageCount[]
  declaredConflicts: DeclaredConflict[]
  judges: Judge[]
  sameInstitution: InstitutionCount[]
  scores: StageCount[]
  stages: { assigned?: boolean; key: string; name: string }[]
  submissions: StageCount[]
}): StageProgress => {
  const countOf = (rows: StageCount[], stage: string) =>
    rows.filter((row) => row.stage === stage).reduce((total, row) => total + row.count, 0)
  const judgesById = new Map(args.judges.map((judge) => [judge.id, judge]))
  const submissions = args.stages.map(({ key, name }) => ({ count: countOf(args.submissions, key), name, stage: key }))
  const judging = args.stages.map(({ assigned, key, name }, index) => {
    if (assigned) return { name, scoresExpected: countOf(args.assignments ?? [], key), scoresGiven: countOf(args.scores, key), stage: key }
    let expected = 0
    for (const judge of args.judges) {
      const ownInstitution = judge.institutionKey
        ? countOf(
            args.sameInstitution.filter((row) => row.institutionKey === judge.institutionKey),
            key,
          )
        : 0
      expected += submissions[index].count - ownInstitution
    }
    const declared = new Set(
      args.declaredConflicts
        .filter((conflict) => conflict.stage === key)
        .filter((conflict) => {
          const judge = judgesById.get(conflict.judge)
          return judge !== undefined && !(judge.institutionKey && judge.institutionKey === conflict.institutionKey)
        })
        .map((conflict) => `${conflict.judge}:${conflict.registration}`),
    )
    return { name, scoresExpected: Math.max(0, expected - declared.size), scoresGiven: countOf(args.scores, key), stage: key }
  })
  return { judging, submissions }
}
