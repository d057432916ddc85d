/**
 * A competition's calendar as the public page draws it: registration and each stage as phases in
 * time order, each past, current or upcoming at a moment, and where "now" falls among them. Pure,
 * so the page can ask it again in the browser: the page's HTML may be served from a cache, and a
 * "now" fixed when it was rendered would drift.
 */
import { type DateInput, toTime } from './schedule'

export type TimelinePhase = {
  closesAt: string
  key: string
  kind: 'registration' | 'stage'
  name: string
  opensAt: string
}

export type PhaseState = 'current' | 'past' | 'upcoming'

export type TimelineAt = {
  /**
   * Where "now" sits: inside the current phase (`within`, with how far through it is, 0–1), or
   * before the phase at `index` (`before`; `index` equals the number of phases once all are past).
   */
  now: { at: 'before'; index: number } | { at: 'within'; index: number; progress: number }
  states: PhaseState[]
}

type CalendarInput = {
  registrationClosesAt?: DateInput
  registrationOpensAt?: DateInput
  stages?: null | { closesAt?: DateInput; key?: null | string; name?: null | string; opensAt?: DateInput }[]
}

const iso = (value: DateInput): string | undefined => {
  const time = toTime(value)
  return time === undefined ? undefined : new Date(time).toISOString()
}

/** Registration, then the stages, sorted by opening (ties: earlier closing first); windows without both dates are left out. */
export const timelinePhases = (competition: CalendarInput, registrationName: string): TimelinePhase[] => {
  const phases: TimelinePhase[] = []
  const registrationOpens = iso(competition.registrationOpensAt)
  const registrationCloses = iso(competition.registrationClosesAt)
  if (registrationOpens && registrationCloses) {
    phases.push({
      closesAt: registrationCloses,
      key: 'registration',
      kind: 'registration',
      name: registrationName,
      opensAt: registrationOpens,
    })
  }
  for (const [index, stage] of (competition.stages ?? []).entries()) {
    const opensAt = iso(stage.opensAt)
    const closesAt = iso(stage.closesAt)
    if (!opensAt || !closesAt) continue
    phases.push({ closesAt, key: `stage-${stage.key || index}`, kind: 'stage', name: stage.name || '', opensAt })
  }
  return phases.sort((a, b) => a.opensAt.localeCompare(b.opensAt) || a.closesAt.localeCompare(b.closesAt))
}

/**
 * Each phase's state at `now` (a phase is current from its opening until, not including, its
 * closing) and where to draw "now". When phases overlap (registration still open while the first
 * stage runs), "now" marks the first current one.
 */
export const timelineAt = (phases: readonly TimelinePhase[], now: Date): TimelineAt => {
  const time = now.getTime()
  const states = phases.map((phase): PhaseState => {
    if (time < Date.parse(phase.opensAt)) return 'upcoming'
    return time < Date.parse(phase.closesAt) ? 'current' : 'past'
  })
  const current = states.indexOf('current')
  if (current >= 0) {
    const opens = Date.parse(phases[current].opensAt)
    const length = Date.parse(phases[current].closesAt) - opens
    const progress = length > 0 ? Math.min(1, Math.max(0, (time - opens) / length)) : 0
    return { now: { at: 'within', index: current, progress }, states }
  }
  const next = states.indexOf('upcoming')
  return { now: { at: 'before', index: next >= 0 ? next : phases.length }, states }
}
