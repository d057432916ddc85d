/**
 * Registration rules, as plain functions: who holds a place, what a team owes, which status
 * changes are allowed and who may make them. Hooks and endpoints call these; nothing else
 * re-implements them.
 */
import { type DateInput, toTime } from './schedule'

export const REGISTRATION_STATUSES = ['pending', 'needs-revision', 'verified', 'rejected', 'withdrawn', 'waitlisted'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** These statuses hold one of the competition's places (its quota). */
export const HOLDING_STATUSES: readonly RegistrationStatus[] = ['pending', 'needs-revision', 'verified']
/** These statuses still count for "one team per person" and unique team names. */
export const ACTIVE_STATUSES: readonly RegistrationStatus[] = [...HOLDING_STATUSES, 'waitlisted']
/** Final: nothing changes afterwards. */
export const FINAL_STATUSES: readonly RegistrationStatus[] = ['rejected', 'withdrawn']
/** The team may change its details only while the committee has not decided. */
export const EDITABLE_STATUSES: readonly RegistrationStatus[] = ['pending', 'needs-revision']

export const holdsPlace = (status: null | string | undefined): boolean => HOLDING_STATUSES.includes(status as RegistrationStatus)
export const isActive = (status: null | string | undefined): boolean => ACTIVE_STATUSES.includes(status as RegistrationStatus)
/** The team may change its details (the committee has not decided yet). */
export const canEdit = (status: null | string | undefined): boolean => EDITABLE_STATUSES.includes(status as RegistrationStatus)
/** The team may withdraw from any status that is not final (see decideTransition). */
export const canWithdraw = (status: null | string | undefined): boolean =>
  REGISTRATION_STATUSES.includes(status as RegistrationStatus) && !FINAL_STATUSES.includes(status as RegistrationStatus)
/** Only verified teams submit work. */
export const canSubmit = (status: null | string | undefined): boolean => status === 'verified'

/** Team names are compared ignoring case and surrounding (or repeated) spaces. */
export const teamNameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase()
/** Institutions are compared ignoring case and spaces: "Universitas  Gadjah Mada" = "universitasgadjahmada". */
export const institutionKey = (name: string): string => name.replace(/\s+/g, '').toLowerCase()
export const emailKey = (email: string): string => email.trim().toLowerCase()

export type FeeWave = { fee: number; label?: null | string; until: DateInput }

export type CurrentFee = { fee: number; until: null | string; wave: null | string }

/**
 * The fee charged now: the first wave (by date) whose `until` is still ahead, else the regular
 * fee; with the wave's label and when it ends, so a page can say "until …". Pages and the
 * server both ask this, so a visitor always sees what registering would charge.
 */
export const currentFee = (regularFee: number, waves: FeeWave[] | null | undefined, now: Date): CurrentFee => {
  const current = [...(waves ?? [])]
    .filter((wave) => toTime(wave.until) !== undefined)
    .sort((a, b) => (toTime(a.until) as number) - (toTime(b.until) as number))
    .find((wave) => (toTime(wave.until) as number) > now.getTime())
  if (!current) return { fee: regularFee, until: null, wave: null }
  return { fee: current.fee, until: new Date(toTime(current.until) as number).toISOString(), wave: current.label ?? null }
}

/** The fee due on registering now (see currentFee). */
export const feeDue = (regularFee: number, waves: FeeWave[] | null | undefined, now: Date): number => currentFee(regularFee, waves, now).fee

/** A moment as committees and teams read it: Western Indonesian Time, e.g. "1 Mar 2026, 09:00 WIB". */
export const formatWib = (time: number): string =>
  new Date(time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }) + ' WIB'

/** Registration is open from `opensAt` (inclusive) until `closesAt` (exclusive), server time. */
export const registrationWindowError = (opensAt: DateInput, closesAt: DateInput, now: Date): null | string => {
  const opens = toTime(opensAt)
  const closes = toTime(closesAt)
  if (opens !== undefined && now.getTime() < opens) return `Registration has not opened yet; it opens on ${formatWib(opens)}.`
  if (closes !== undefined && now.getTime() >= closes) return `Registration closed on ${formatWib(closes)}.`
  return null
}

/** No team is larger than this, whatever a competition sets; the API refuses more members before any other check. */
export const MAX_TEAM_MEMBERS = 10

export const teamSizeError = (
  members: number,
  teamSize: { max?: null | number; min?: null | number } | null | undefined,
): null | string => {
  const min = teamSize?.min ?? 1
  const max = teamSize?.max ?? min
  if (members < min || members > max) {
    return min === max
      ? `A team has exactly ${min} member${min === 1 ? '' : 's'} (the leader included); this one has ${members}.`
      : `A team has ${min} to ${max} members (the leader included); this one has ${members}.`
  }
  return null
}

/** Registration codes: competition prefix plus a zero-padded number, e.g. CTF-0042. */
export const registrationCode = (prefix: string, number: number): string => `${prefix}-${String(number).padStart(4, '0')}`

/** A default prefix from a slug: "capture-the-flag-2026" → "CTF". */
export const defaultCodePrefix = (slug: string): string => {
  const words = slug.split('-').filter((word) => /^[a-z]/.test(word))
  const prefix = words.length > 1 ? words.map((word) => word[0]).join('') : (words[0] ?? 'REG').slice(0, 4)
  return prefix.toUpperCase().slice(0, 6) || 'REG'
}

/** The lowest place number in 1..quota that nobody holds, or null when all are taken. */
export const lowestFreePlace = (taken: Iterable<number>, quota: number): null | number => {
  const used = new Set(taken)
  for (let place = 1; place <= quota; place++) if (!used.has(place)) return place
  return null
}

/** The refusal when every place is taken and the competition keeps no waitlist. */
export const competitionFullMessage = (title: string, quota: number): string => `${title} is full: all ${quota} places are taken.`

export type PlaceDecision =
  | { ok: false; reason: 'full' | 'institution-full' }
  /** `place` is undefined when the competition has no quota. */
  | { ok: true; place: number | undefined }

/**
 * Where a team may go among the current holders: the lowest free place, unless the quota is
 * full or the team's institution already has the most teams it may enter. Used for a new team
 * and for promoting a waitlisted one, so both follow the same rule.
 */
export const decidePlace = (args: {
  holders: { institutionKey?: null | string; place: null | number }[]
  institutionKey: null | string | undefined
  maxTeamsPerInstitution?: null | number
  quota?: null | number
}): PlaceDecision => {
  const { holders, institutionKey: institution, maxTeamsPerInstitution, quota } = args
  const sameInstitution = holders.filter((holder) => holder.institutionKey === institution).length
  if (typeof maxTeamsPerInstitution === 'number' && sameInstitution >= maxTeamsPerInstitution)
    return { ok: false, reason: 'institution-full' }
  if (typeof quota !== 'number') return { ok: true, place: undefined }
  const place = lowestFreePlace(
    holders.map((holder) => holder.place ?? 0),
    quota,
  )
  return place === null ? { ok: false, reason: 'full' } : { ok: true, place }
}

export type Reviewer = 'committee' | 'participant'
export type TransitionResult = { error: string; ok: false } | { ok: true; status: RegistrationStatus }

/**
 * Which status a change asks for, and whether the one asking may make it.
 * - A team may only withdraw (from any status that is not final); anything else it sends is ignored.
 * - The committee verifies, asks for a revision or rejects a team that holds a place; a note is
 *   required for a revision or a rejection. Rejected and withdrawn are final.
 */
export const decideTransition = (args: {
  by: Reviewer
  from: RegistrationStatus
  note?: null | string
  requested: null | string | undefined
}): TransitionResult => {
  const { by, from, note, requested } = args
  if (!requested || requested === from) return { ok: true, status: from }
  if (FINAL_STATUSES.includes(from)) {
    return { error: `This registration is ${from}; its status can no longer change.`, ok: false }
  }
  if (by === 'participant') {
    return requested === 'withdrawn' ? { ok: true, status: 'withdrawn' } : { ok: true, status: from }
  }
  if (requested === 'withdrawn') return { ok: true, status: 'withdrawn' }
  if (!['verified', 'needs-revision', 'rejected'].includes(requested)) {
    return { error: `The committee sets a registration to verified, needs-revision or rejected, not ${requested}.`, ok: false }
  }
  if (from === 'waitlisted') {
    return requested === 'rejected'
      ? note?.trim()
        ? { ok: true, status: 'rejected' }
        : { error: 'Write a note for the team saying why it is rejected.', ok: false }
      : { error: 'A waitlisted team has no place yet: it becomes pending when a place frees up.', ok: false }
  }
  if ((requested === 'needs-revision' || requested === 'rejected') && !note?.trim()) {
    return {
      error:
        requested === 'rejected' ? 'Write a note for the team saying why it is rejected.' : 'Write a note telling the team what to fix.',
      ok: false,
    }
  }
  return { ok: true, status: requested as RegistrationStatus }
}
