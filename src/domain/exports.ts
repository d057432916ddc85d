/**
 * The rules of the committee's exports (GET /api/competitions/:id/export/…), as plain functions:
 * which query values are accepted, how many member columns a team gets, how times and file
 * names are written. The endpoints (src/endpoints/exports.ts) call these.
 */
import { MAX_TEAM_MEMBERS, REGISTRATION_STATUSES, type RegistrationStatus } from './registration'
import { JAKARTA_UTC_OFFSET_HOURS } from './stats'

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const EXPORT_LANGUAGES = ['en', 'id'] as const
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number]

/** `?per=team` (default): one row per team, members side by side; `?per=member`: one row per member. */
export const REGISTRATION_LAYOUTS = ['team', 'member'] as const
export type RegistrationLayout = (typeof REGISTRATION_LAYOUTS)[number]

/** The scores CSV holds one table: every score (default) or the stage's ranking. The workbook holds both. */
export const SCORE_VIEWS = ['scores', 'ranking'] as const
export type ScoreView = (typeof SCORE_VIEWS)[number]

export type Parsed<T> = { error: string; ok: false } | { ok: true; value: T }

/**
 * `?name=value` as one of `allowed`, `fallback` when absent. Sent twice, or with a value not in
 * the list, it is refused with a sentence listing what is accepted.
 */
export const parseChoice = <T extends string>(name: string, values: string[], allowed: readonly T[], fallback: T): Parsed<T> => {
  if (values.length === 0) return { ok: true, value: fallback }
  if (values.length > 1 || !allowed.includes(values[0] as T)) {
    return { error: `Send ${name} as one of: ${allowed.join(', ')} (got "${values.join('", "')}").`, ok: false }
  }
  return { ok: true, value: values[0] as T }
}

/**
 * `?status=verified`, `?status=verified&status=pending` or `?status=verified,pending`: the
 * registrations of those statuses; absent, all of them. An unknown status is refused, never
 * silently ignored (an export missing teams looks complete).
 */
export const parseStatuses = (values: string[]): Parsed<RegistrationStatus[] | null> => {
  const statuses = values.flatMap((value) => value.split(',')).map((value) => value.trim())
  if (statuses.length === 0) return { ok: true, value: null }
  const unknown = statuses.filter((status) => !REGISTRATION_STATUSES.includes(status as RegistrationStatus))
  if (unknown.length > 0) {
    return { error: `Unknown status "${unknown.join('", "')}"; use one or several of: ${REGISTRATION_STATUSES.join(', ')}.`, ok: false }
  }
  return { ok: true, value: [...new Set(statuses)] as RegistrationStatus[] }
}

/**
 * Member columns in a team row: as many as the competition's largest team, never more than
 * MAX_TEAM_MEMBERS. (Teams registered before the committee lowered the maximum may be larger;
 * their further members go to one "other members" column, so nobody is left out.)
 */
export const memberSlots = (teamSizeMax: null | number | undefined): number =>
  Math.min(MAX_TEAM_MEMBERS, Math.max(1, Math.floor(teamSizeMax ?? 1)))

const pad = (value: number) => String(value).padStart(2, '0')

/** An instant as Jakarta's wall-clock time, "2026-03-01 19:05" (WIB): sorts as text, reads as a date in Excel. */
export const jakartaDateTime = (value: null | string | undefined): string => {
  if (!value) return ''
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) return ''
  const local = new Date(time + JAKARTA_UTC_OFFSET_HOURS * 3_600_000)
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
  )
}

/**
 * "hackathon-2026-registrations-2026-03-01.csv": the competition's slug, what is exported (and
 * the stage), and the day in Jakarta, so downloads of different days sort and never collide.
 */
export const exportFilename = (parts: { date: Date; extension: ExportFormat; slug: string; what: string[] }): string => {
  const day = jakartaDateTime(parts.date.toISOString()).slice(0, 10)
  const name = [parts.slug, ...parts.what, day]
    .join('-')
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
  return `${name}.${parts.extension}`
}
