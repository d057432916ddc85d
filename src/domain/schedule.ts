/**
 * Rules about a competition's calendar and team size. Pure functions: each answers with a
 * message a committee member can act on, or `true` when the value is fine. Collections use
 * them as field validators, so the admin panel shows the message beside the field.
 */

export type DateInput = Date | null | string | undefined

export const toTime = (value: DateInput): number | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? undefined : time
}

export type Validation = string | true

/** A window closes strictly after it opens. */
export const windowIsOrdered = (opensAt: DateInput, closesAt: DateInput, what: string): Validation => {
  const opens = toTime(opensAt)
  const closes = toTime(closesAt)
  if (opens === undefined || closes === undefined) return true
  return closes > opens ? true : `${what} must close after it opens.`
}

export type TeamSize = { max?: null | number; min?: null | number }

export const teamSizeIsValid = (teamSize: null | TeamSize | undefined): Validation => {
  const min = teamSize?.min
  const max = teamSize?.max
  if (typeof min === 'number' && min < 1) return 'A team has at least 1 member.'
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    return `The minimum team size (${min}) cannot be larger than the maximum (${max}).`
  }
  return true
}

export type StageWindow = {
  closesAt?: DateInput
  key?: null | string
  name?: null | string
  opensAt?: DateInput
}

export const STAGE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const stageKeyIsValid = (key: null | string | undefined, stages: StageWindow[], index: number): Validation => {
  if (!key) return true
  if (!STAGE_KEY_PATTERN.test(key)) {
    return 'A stage key uses lowercase letters, digits and dashes only, such as "preliminary" or "final-round".'
  }
  const firstIndex = stages.findIndex((stage) => stage?.key === key)
  return firstIndex === index ? true : `Another stage already uses the key "${key}"; each stage needs its own.`
}

/**
 * Stages run one after another: a stage opens no earlier than the stage before it closes.
 * Only the later stage of a pair reports the problem, so the message appears once.
 */
export const stageFollowsPrevious = (stages: StageWindow[], index: number): Validation => {
  if (index === 0) return true
  const previous = stages[index - 1]
  const current = stages[index]
  const previousCloses = toTime(previous?.closesAt)
  const currentOpens = toTime(current?.opensAt)
  if (previousCloses === undefined || currentOpens === undefined) return true
  return currentOpens >= previousCloses
    ? true
    : `Stage "${current?.name || current?.key || index + 1}" opens before the previous stage "${previous?.name || previous?.key || index}" closes; stages run in order.`
}
