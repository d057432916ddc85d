import type { FlattenedField } from 'payload'

/**
 * Checks that a request body has the shape of a collection's fields before any hook or database
 * query sees it: a list where the field is an array, text where it is text, a valid id where it
 * is a relationship. Payload validates values only after the collection's hooks ran, and a hook
 * calling `.map` on a string, or the database receiving an object for a text column, answered 500.
 * Keys that are not fields are left alone (Payload drops them); values are not judged here
 * (lengths, options, required: Payload's own validation and the hooks do that).
 */
export type ShapeProblem = { message: string; path: string }

export type ShapeRules = {
  /** Whether a value is a document id on this database (UUIDs on SQL, ObjectIds on MongoDB). */
  isId: (value: unknown) => boolean
}

const NUL = '\u0000'

const describe = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'text'
  return `a ${typeof value}`
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Payload reads a number field's string as a number, and an empty one as no value (forms send those). */
const isNumeric = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && Number.isFinite(Number(value)))

const isDate = (value: unknown): boolean =>
  (typeof value === 'string' && !Number.isNaN(Date.parse(value))) || (value instanceof Date && !Number.isNaN(value.getTime()))

/** The first string anywhere inside `value` that holds a NUL character (no database stores one in text). */
export const findNul = (value: unknown, path: string, depth = 0): string | undefined => {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined
  if (depth > 64 || typeof value !== 'object' || value === null) return undefined
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes(NUL)) return path
    const found = findNul(inner, path ? `${path}.${key}` : key, depth + 1)
    if (found !== undefined) return found
  }
  return undefined
}

const relationshipValueProblem = (
  field: FlattenedField & { relationTo: string | string[] },
  value: unknown,
  rules: ShapeRules,
): string | undefined => {
  if (value === null) return undefined
  if (Array.isArray(field.relationTo)) {
    if (!isObject(value) || typeof value.relationTo !== 'string' || !field.relationTo.includes(value.relationTo)) {
      return `Send { "relationTo": ${field.relationTo.map((slug) => `"${slug}"`).join(' or ')}, "value": <id> } here, not ${describe(value)}.`
    }
    const inner = isObject(value.value) ? value.value.id : value.value
    return rules.isId(inner) ? undefined : 'This is not a valid document id.'
  }
  const id = isObject(value) ? value.id : value
  if (typeof id !== 'string' && typeof id !== 'number') return `Send the id of a document here, not ${describe(value)}.`
  return rules.isId(id) ? undefined : 'This is not a valid document id.'
}

const checkValue = (field: FlattenedField, value: unknown, path: string, rules: ShapeRules, problems: ShapeProblem[]): void => {
  if (value === undefined || value === null) return
  const problem = (message: string): void => void problems.push({ message, path })
  const many = 'hasMany' in field && field.hasMany === true
  const eachOf = (check: (item: unknown, itemPath: string) => void) => {
    if (!Array.isArray(value)) return problem(`Send a list here, not ${describe(value)}.`)
    value.forEach((item, index) => check(item, `${path}.${index}`))
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio': {
      const checkText = (item: unknown, itemPath: string) => {
        if (typeof item !== 'string') problems.push({ message: `Send text here, not ${describe(item)}.`, path: itemPath })
      }
      return many ? eachOf(checkText) : checkText(value, path)
    }
    case 'number': {
      const checkNumber = (item: unknown, itemPath: string) => {
        if (!isNumeric(item)) problems.push({ message: `Send a number here, not ${describe(item)}.`, path: itemPath })
      }
      return many ? eachOf(checkNumber) : checkNumber(value, path)
    }
    case 'checkbox':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') problem(`Send true or false here, not ${describe(value)}.`)
      return
    case 'date':
      if (!isDate(value)) problem('Send a date here, such as 2026-03-01T09:00:00.000Z.')
      return
    case 'relationship':
    case 'upload': {
      const checkRelation = (item: unknown, itemPath: string) => {
        const message = relationshipValueProblem(field, item, rules)
        if (message) problems.push({ message, path: itemPath })
      }
      return many ? eachOf(checkRelation) : checkRelation(value, path)
    }
    case 'array': {
      // The admin panel sends an empty array field as its row count, 0 (Payload reads it as no rows).
      if (value === 0) return
      if (!Array.isArray(value)) return problem(`Send a list here, not ${describe(value)}.`)
      if (typeof field.maxRows === 'number' && value.length > field.maxRows) {
        return problem(`Send at most ${field.maxRows} rows here (${value.length} were sent).`)
      }
      value.forEach((row, index) => {
        if (!isObject(row))
          return void problems.push({ message: `Send each row as an object, not ${describe(row)}.`, path: `${path}.${index}` })
        checkFields(field.flattenedFields, row, `${path}.${index}`, rules, problems)
      })
      return
    }
    case 'blocks': {
      if (value === 0) return
      if (!Array.isArray(value)) return problem(`Send a list here, not ${describe(value)}.`)
      if (typeof field.maxRows === 'number' && value.length > field.maxRows) {
        return problem(`Send at most ${field.maxRows} blocks here (${value.length} were sent).`)
      }
      value.forEach((row, index) => {
        const block = isObject(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
        if (!isObject(row) || !block)
          return void problems.push({ message: 'Send each block as an object with a known blockType.', path: `${path}.${index}` })
        checkFields(block.flattenedFields, row, `${path}.${index}`, rules, problems)
      })
      return
    }
    case 'group':
    case 'tab':
      if (!isObject(value)) return problem(`Send an object here, not ${describe(value)}.`)
      return checkFields(field.flattenedFields, value, path, rules, problems)
    case 'richText':
      if (!isObject(value)) problem(`Send rich text (an object) here, not ${describe(value)}.`)
      return
    case 'point':
      if (!Array.isArray(value) || value.length !== 2 || !value.every(isNumeric)) problem('Send [longitude, latitude] here.')
      return
    default:
      // json fields take anything JSON; join fields are not written.
      return
  }
}

const checkFields = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
  rules: ShapeRules,
  problems: ShapeProblem[],
): void => {
  for (const field of fields) {
    if (!(field.name in data)) continue
    checkValue(field, data[field.name], prefix ? `${prefix}.${field.name}` : field.name, rules, problems)
  }
}

/** Every place where `data` does not have the shape of `fields`; empty when it fits. */
export const bodyShapeProblems = (fields: FlattenedField[], data: unknown, rules: ShapeRules): ShapeProblem[] => {
  if (data === undefined) return []
  if (!isObject(data)) return [{ message: `Send the document as a JSON object, not ${describe(data)}.`, path: '' }]
  const nulPath = findNul(data, '')
  if (nulPath !== undefined) return [{ message: 'Remove the NUL character (\\u0000): text cannot contain it.', path: nulPath }]
  const problems: ShapeProblem[] = []
  checkFields(fields, data, '', rules, problems)
  return problems
}
