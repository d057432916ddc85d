import type { DateFieldValidation, NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'

import { validations } from 'payload'

import type { Competition } from '../../src/payload-types'

import { stageFollowsPrevious, stageKeyIsValid, teamSizeIsValid, windowIsOrdered } from '../../src/domain/schedule'

/**
 * Field validators for competitions: Payload's own check for the field type first (required,
 * min, valid date), then the rule from src/domain/schedule.ts, so the admin panel shows each
 * message beside its field. Payload passes `data` merged with the stored document, so a
 * partial update is checked against the whole competition.
 */

type Stage = NonNullable<Competition['stages']>[number]

const competitionOf = (data: unknown): Partial<Competition> => (data ?? {}) as Partial<Competition>

/** Array rows are validated with paths like ['stages', 2, 'opensAt']. */
const stageIndex = (path: (number | string)[] | undefined): number => {
  const index = Number(path?.[1])
  return Number.isInteger(index) ? index : -1
}

export const validateWholeNumber: NumberFieldSingleValidation = async (value, options) => {
  const base = await validations.number(value, options)
  if (base !== true) return base
  return value === null || value === undefined || Number.isInteger(value) ? true : 'Use a whole number.'
}

export const validateTeamSizeMax: NumberFieldSingleValidation = async (value, options) => {
  const base = await validateWholeNumber(value, options)
  if (base !== true) return base
  return teamSizeIsValid({ max: value, min: (options.siblingData as Competition['teamSize'])?.min })
}

export const validateRegistrationClose: DateFieldValidation = async (value, options) => {
  const base = await validations.date(value, options)
  if (base !== true) return base
  return windowIsOrdered(competitionOf(options.data).registrationOpensAt, value, 'Registration')
}

export const validateStageKey: TextFieldSingleValidation = async (value, options) => {
  const base = await validations.text(value, options)
  if (base !== true) return base
  return stageKeyIsValid(value, competitionOf(options.data).stages ?? [], stageIndex(options.path))
}

export const validateStageOpen: DateFieldValidation = async (value, options) => {
  const base = await validations.date(value, options)
  if (base !== true) return base
  return stageFollowsPrevious(competitionOf(options.data).stages ?? [], stageIndex(options.path))
}

export const validateStageClose: DateFieldValidation = async (value, options) => {
  const base = await validations.date(value, options)
  if (base !== true) return base
  const stage = options.siblingData as Partial<Stage>
  return windowIsOrdered(stage.opensAt, value, stage.name ? `Stage "${stage.name}"` : 'A stage')
}
