/**
 * Who is due a reminder, as plain functions of the facts and a clock. The sweep
 * (src/reminders/sweep.ts) loads the facts and calls these; each reminder then goes once per
 * person per event (its key, below, is unique in `reminder-deliveries`).
 */
import { isEligibleForStage } from './judging'
import { institutionKey } from './registration'
import { type DateInput, toTime } from './schedule'

export const REMINDER_KINDS = ['registration-closing', 'submission-closing', 'judging-closing'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** Reminders go out this long before a deadline. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000

/** Teams whose registration is not finished: the ones reminded before registration closes. */
export const UNFINISHED_STATUSES = ['pending', 'needs-revision'] as const

export type DueReminder = { competition: string; deadline: string; kind: ReminderKind; stage?: string; user: string }

/** Due once the deadline is at most `lead` away and not yet past: a sweep after the deadline sends nothing. */
export const isReminderDue = (deadline: DateInput, now: Date, lead = REMINDER_LEAD_MS): boolean => {
  const at = toTime(deadline)
  if (at === undefined) return false
  return at > now.getTime() && at - now.getTime() <= lead
}

/** One reminder of one kind, for one competition (and stage), to one person. */
export const reminderKey = (reminder: Pick<DueReminder, 'competition' | 'kind' | 'stage' | 'user'>): string =>
  [reminder.kind, reminder.competition, reminder.stage ?? '-', reminder.user].join(':')

export type ReminderTeam = {
  /** The accounts bound to the team: its leader and the members who accepted (access/teams.ts teamAccountsOf). */
  accounts: string[]
  id: string
  institutionKey?: null | string
  progress?: { stage: string }[] | null
  status: string
}

export type ReminderStage = {
  closesAt: DateInput
  eligibility?: null | string
  judgingClosesAt?: DateInput
  key: string
  name?: null | string
}

export type ReminderCompetition = { id: string; registrationClosesAt: DateInput; stages?: null | ReminderStage[] }

const iso = (value: DateInput): string => new Date(toTime(value) as number).toISOString()

const unique = (reminders: DueReminder[]): DueReminder[] => {
  const byKey = new Map(reminders.map((reminder) => [reminderKey(reminder), reminder]))
  return [...byKey.values()]
}

/** 24 h before registration closes: every account on a team still pending or asked to revise. */
export const registrationClosingReminders = (competition: ReminderCompetition, teams: ReminderTeam[], now: Date): DueReminder[] => {
  if (!isReminderDue(competition.registrationClosesAt, now)) return []
  return unique(
    teams
      .filter((team) => (UNFINISHED_STATUSES as readonly string[]).includes(team.status))
      .flatMap((team) =>
        team.accounts.map((user) => ({
          competition: competition.id,
          deadline: iso(competition.registrationClosesAt),
          kind: 'registration-closing' as const,
          user,
        })),
      ),
  )
}

/** Verified teams that may enter the stage (src/domain/judging.ts isEligibleForStage). */
const eligibleTeams = (stage: ReminderStage, teams: ReminderTeam[]): ReminderTeam[] =>
  teams.filter((team) => team.status === 'verified' && isEligibleForStage(stage, team.progress))

/** 24 h before a stage closes for submissions: every account on an eligible team that has not submitted to it. */
export const submissionClosingReminders = (
  competition: ReminderCompetition,
  teams: ReminderTeam[],
  submitted: { registration: string; stage: string }[],
  now: Date,
): DueReminder[] => {
  const done = new Set(submitted.map((submission) => `${submission.registration}:${submission.stage}`))
  return unique(
    (competition.stages ?? [])
      .filter((stage) => isReminderDue(stage.closesAt, now))
      .flatMap((stage) =>
        eligibleTeams(stage, teams)
          .filter((team) => !done.has(`${team.id}:${stage.key}`))
          .flatMap((team) =>
            team.accounts.map((user) => ({
              competition: competition.id,
              deadline: iso(stage.closesAt),
              kind: 'submission-closing' as const,
              stage: stage.key,
              user,
            })),
          ),
      ),
  )
}

export type ReminderJudge = { id: string; institution?: null | string }

/**
 * 24 h before a stage's judging closes (`judgingClosesAt`): every judge of the competition with
 * a submission of an eligible team in that stage they may score (not in conflict: declared, or
 * the team's institution is theirs) and have not scored.
 */
export const judgingClosingReminders = (
  competition: ReminderCompetition,
  judges: ReminderJudge[],
  teams: ReminderTeam[],
  submissions: { id: string; registration: string; stage: string }[],
  scores: { judge: string; submission: string }[],
  conflicts: { judge: string; registration: string }[],
  now: Date,
): DueReminder[] => {
  const scored = new Set(scores.map((score) => `${score.judge}:${score.submission}`))
  const declared = new Set(conflicts.map((conflict) => `${conflict.judge}:${conflict.registration}`))
  return unique(
    (competition.stages ?? [])
      .filter((stage) => isReminderDue(stage.judgingClosesAt, now))
      .flatMap((stage) => {
        const eligible = new Map(eligibleTeams(stage, teams).map((team) => [team.id, team]))
        const work = submissions.filter((submission) => submission.stage === stage.key && eligible.has(submission.registration))
        return judges
          .filter((judge) => {
            const own = judge.institution?.trim() ? institutionKey(judge.institution) : undefined
            return work.some((submission) => {
              const team = eligible.get(submission.registration) as ReminderTeam
              const conflicted = declared.has(`${judge.id}:${team.id}`) || (own !== undefined && team.institutionKey === own)
              return !conflicted && !scored.has(`${judge.id}:${submission.id}`)
            })
          })
          .map((judge) => ({
            competition: competition.id,
            deadline: iso(stage.judgingClosesAt),
            kind: 'judging-closing' as const,
            stage: stage.key,
            user: judge.id,
          }))
      }),
  )
}
