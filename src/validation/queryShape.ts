import type { FlattenedField } from 'payload'

import { findNul, type ShapeProblem } from './bodyShape'

/**
 * Checks a list query's `where` against the fields it names before the database sees it: an
 * operator the field's type does not support (`near` on a title), a date that is not a date, an
 * id that is not an id. Left to the database these were driver errors and answered 500.
 * Paths this cannot resolve are left to Payload, which refuses unknown paths itself.
 */
export type QueryRules = {
  /** The fields of another collection, to follow a relationship path (`registration.institutionKey`). */
  fieldsOf: (slug: string) => FlattenedField[] | undefined
  isId: (value: unknown) => boolean
  /** Whether the database adapter runs an operator at all (the SQL adapters have no `all`). */
  supports?: (operator: string) => boolean
}

type Kind = 'checkbox' | 'date' | 'id' | 'json' | 'number' | 'option' | 'point' | 'text'

const COMMON = ['equals', 'not_equals', 'in', 'not_in', 'exists'] as const
const ORDERED = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'] as const
const OPERATORS: Record<Kind, readonly string[]> = {
  checkbox: COMMON,
  date: [...COMMON, ...ORDERED],
  id: COMMON,
  // Rich text and JSON are jsonb on PostgreSQL, where like/contains have no operator (a 500, found
  // by tests/security/fuzz.test.ts); refused on every database so one query works on all of them.
  json: COMMON,
  number: [...COMMON, ...ORDERED],
  // Select and radio values are an enum on PostgreSQL: compared as a whole, never with like.
  option: COMMON,
  point: ['equals', 'exists', 'near', 'within', 'intersects'],
  text: [...COMMON, ...ORDERED, 'like', 'not_like', 'contains'],
}
const LIST_OPERATORS = ['in', 'not_in', 'all']

/** `all` compares a list of values with a field that holds several (hasMany). */
const operatorsFor = (target: Target): readonly string[] => (target.many ? [...OPERATORS[target.kind], 'all'] : OPERATORS[target.kind])

type Target = { kind: Kind; many: boolean; options?: string[] }

const kindOfField = (field: FlattenedField): Kind | undefined => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return 'text'
    case 'select':
    case 'radio':
      return 'option'
    case 'number':
      return 'number'
    case 'date':
      return 'date'
    case 'checkbox':
      return 'checkbox'
    case 'point':
      return 'point'
    case 'json':
    case 'richText':
      return 'json'
    case 'relationship':
    case 'upload':
      return 'id'
    default:
      return undefined
  }
}

/** The kind of value a dotted path holds, following groups, arrays and relationships. */
const resolvePath = (fields: FlattenedField[], segments: string[], rules: QueryRules, hops = 0): Target | undefined => {
  const [name, ...rest] = segments
  if (name === undefined || hops > 5) return undefined
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return name === 'id' && rest.length === 0 ? { kind: 'id', many: false } : undefined
  if (rest.length === 0) {
    const kind = kindOfField(field)
    const options = 'options' in field ? field.options.map((option) => (typeof option === 'string' ? option : option.value)) : undefined
    return kind && { kind, many: 'hasMany' in field && field.hasMany === true, options }
  }
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return resolvePath(field.flattenedFields, /^\d+$/.test(rest[0]) ? rest.slice(1) : rest, rules, hops)
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        if (rest.length !== 1) return undefined
        if (rest[0] === 'value') return { kind: 'id', many: false }
        return rest[0] === 'relationTo' ? { kind: 'text', many: false } : undefined
      }
      const target = rules.fieldsOf(field.relationTo)
      return target ? resolvePath(target, rest, rules, hops + 1) : undefined
    }
    default:
      return undefined
  }
}

const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const valueProblem = ({ kind, options }: Target, value: unknown, rules: QueryRules): string | undefined => {
  if (value === null || (typeof value === 'string' && value === 'null')) return undefined
  switch (kind) {
    case 'option':
      return options?.includes(String(value)) ? undefined : `Compare this field with one of: ${options?.join(', ')}.`
    case 'number':
      return isNumeric(value) ? undefined : 'Compare this field with a number.'
    case 'date':
      return (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())
        ? undefined
        : 'Compare this field with a date, such as 2026-03-01T09:00:00.000Z.'
    case 'id':
      return rules.isId(value) ? undefined : 'Compare this field with a valid document id.'
    case 'checkbox':
      return [true, false, 'true', 'false'].includes(value as never) ? undefined : 'Compare this field with true or false.'
    case 'text':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? undefined
        : 'Compare this field with text.'
    default:
      return undefined
  }
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value])

const checkWhere = (where: unknown, fields: FlattenedField[], rules: QueryRules, problems: ShapeProblem[], depth: number): void => {
  if (depth > 10) return void problems.push({ message: 'Nest and/or at most 10 levels deep.', path: 'where' })
  if (typeof where !== 'object' || where === null || Array.isArray(where)) {
    return void problems.push({ message: 'Send where as where[field][operator]=value.', path: 'where' })
  }
  for (const [path, condition] of Object.entries(where)) {
    if (path === 'and' || path === 'or') {
      const clauses = Array.isArray(condition)
        ? condition
        : typeof condition === 'object' && condition
          ? Object.values(condition)
          : [condition]
      clauses.forEach((clause) => checkWhere(clause, fields, rules, problems, depth + 1))
      continue
    }
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
      problems.push({ message: `Name an operator: where[${path}][equals]=value.`, path })
      continue
    }
    const target = resolvePath(fields, path.split('.'), rules)
    if (!target) continue
    const { kind } = target
    for (const [operator, value] of Object.entries(condition)) {
      const allowed = operatorsFor(target).filter((candidate) => rules.supports?.(candidate) ?? true)
      if (!allowed.includes(operator)) {
        problems.push({ message: `"${operator}" cannot be used on ${path}; use one of: ${allowed.join(', ')}.`, path })
        continue
      }
      if (operator === 'exists') {
        if (![true, false, 'true', 'false'].includes(value as never)) problems.push({ message: 'Use exists=true or exists=false.', path })
        continue
      }
      // One value for a one-value operator: a list here reaches the database as a malformed
      // comparison (seen: where[description][not_like][0]=… on a rich-text field was a 500).
      if (kind !== 'point' && !LIST_OPERATORS.includes(operator) && typeof value === 'object' && value !== null) {
        problems.push({ message: `Give ${path} one value for "${operator}", not a list.`, path })
        continue
      }
      if (kind === 'point' || kind === 'json') continue
      const values = LIST_OPERATORS.includes(operator) ? listOf(value) : [value]
      const message = values.map((item) => valueProblem(target, item, rules)).find(Boolean)
      if (message) problems.push({ message, path })
    }
  }
}

/** Every problem in a `where` for a collection with `fields`; empty when it can be run. */
export const whereProblems = (fields: FlattenedField[], where: unknown, rules: QueryRules): ShapeProblem[] => {
  if (where === undefined || where === null) return []
  // PostgreSQL refuses a NUL character in any text it is given, so no condition can hold one.
  if (findNul(where, 'where') !== undefined) return [{ message: 'Remove the NUL character (%00) from the query.', path: 'where' }]
  const problems: ShapeProblem[] = []
  checkWhere(where, fields, rules, problems, 0)
  return problems
}

/** The most documents one page may hold; a larger `limit` is lowered to it. */
export const MAX_PAGE_SIZE = 1000
/** Pages past this are refused: the offset would overflow the database's integers. */
export const MAX_PAGE = 1_000_000
