import type { FlattenedField } from 'payload'

import { describe, expect, it } from 'vitest'

import { bodyShapeProblems } from '../../src/validation/bodyShape'
import { isIdOfKind } from '../../src/validation/ids'
import { whereProblems } from '../../src/validation/queryShape'

const isId = isIdOfKind('uuid')
const ID = '3e87d27f-7e84-4dcd-bfda-660e936735a2'

const memberFields = [
  { name: 'name', type: 'text' },
  { name: 'email', type: 'email' },
  { name: 'studentCard', type: 'upload', relationTo: 'attachments' },
] as FlattenedField[]

const fields = [
  { name: 'teamName', type: 'text' },
  { name: 'fee', type: 'number' },
  { name: 'opensAt', type: 'date' },
  { name: 'waitlist', type: 'checkbox' },
  { name: 'competition', type: 'relationship', relationTo: 'competitions' },
  { name: 'judges', type: 'relationship', hasMany: true, relationTo: 'users' },
  { name: 'document', type: 'relationship', relationTo: ['competitions', 'media'] },
  { name: 'members', type: 'array', flattenedFields: memberFields, maxRows: 3 },
  { name: 'teamSize', type: 'group', flattenedFields: [{ name: 'max', type: 'number' }] },
  { name: 'description', type: 'richText' },
  { name: 'extra', type: 'json' },
  {
    name: 'status',
    type: 'select',
    options: [
      { label: 'Pending', value: 'pending' },
      { label: 'Verified', value: 'verified' },
    ],
  },
] as FlattenedField[]

const competitionFields = [
  { name: 'title', type: 'text' },
  { name: 'location', type: 'point' },
] as FlattenedField[]
const queryRules = { fieldsOf: (slug: string) => (slug === 'competitions' ? competitionFields : undefined), isId }

describe('bodyShapeProblems', () => {
  it('accepts a well-formed body, nulls, numeric strings and populated relationships', () => {
    const body = {
      competition: { id: ID, title: 'Populated' },
      description: { root: {} },
      document: { relationTo: 'media', value: ID },
      extra: { anything: [1, 'two'] },
      fee: '100000',
      judges: [ID],
      members: [{ email: 'a@example.test', name: 'A', studentCard: ID }],
      opensAt: '2026-03-01T09:00:00.000Z',
      teamName: 'Team',
      teamSize: { max: 3 },
      unknownKey: { ignored: true },
      waitlist: false,
    }
    expect(bodyShapeProblems(fields, body, { isId })).toEqual([])
    expect(bodyShapeProblems(fields, { members: null, teamName: null }, { isId })).toEqual([])
  })

  it('names every field of the wrong type, nested ones by their path', () => {
    const problems = bodyShapeProblems(
      fields,
      {
        competition: 'nope',
        document: { relationTo: 'users', value: ID },
        fee: 'cheap',
        judges: ID,
        members: [{ email: 5, name: ['A'], studentCard: {} }, 'row'],
        opensAt: 'soon',
        teamName: { en: 'x' },
        teamSize: [],
        waitlist: 'yes',
      },
      { isId },
    )
    expect(problems.map((problem) => problem.path).sort()).toEqual(
      [
        'competition',
        'document',
        'fee',
        'judges',
        'members.0.email',
        'members.0.name',
        'members.0.studentCard',
        'members.1',
        'opensAt',
        'teamName',
        'teamSize',
        'waitlist',
      ].sort(),
    )
  })

  it('caps arrays at maxRows and refuses NUL characters anywhere', () => {
    const rows = Array.from({ length: 4 }, () => ({ name: 'A' }))
    expect(bodyShapeProblems(fields, { members: rows }, { isId })).toEqual([
      { message: 'Send at most 3 rows here (4 were sent).', path: 'members' },
    ])
    expect(bodyShapeProblems(fields, { extra: { deep: ['a\u0000'] } }, { isId })[0].path).toBe('extra.deep.0')
  })

  it("takes the admin panel's 0 for an empty array (its row count), nothing else that is not a list", () => {
    expect(bodyShapeProblems(fields, { members: 0 }, { isId })).toEqual([])
    expect(bodyShapeProblems(fields, { members: 2 }, { isId })[0].message).toBe('Send a list here, not a number.')
  })

  it('wants an object as the body', () => {
    expect(bodyShapeProblems(fields, [1, 2], { isId })[0].message).toMatch(/JSON object, not a list/)
  })
})

describe('whereProblems', () => {
  it('accepts the queries the site and the admin panel make', () => {
    const where = {
      and: [
        { fee: { less_than: '50000' } },
        { opensAt: { greater_than: '2026-01-01' } },
        { 'competition.title': { like: 'hack' } },
        { competition: { in: `${ID},${ID}` } },
        { or: [{ teamName: { exists: 'true' } }, { 'members.email': { equals: 'a@example.test' } }] },
        { 'document.value': { equals: ID } },
        { unknownPath: { whatever: 1 } },
      ],
    }
    expect(whereProblems(fields, where, queryRules)).toEqual([])
  })

  it('refuses operators a field’s type does not support and values of the wrong type', () => {
    const problems = whereProblems(
      fields,
      {
        competition: { equals: 'nope' },
        'competition.location': { like: 'x' },
        fee: { greater_than: 'lots' },
        opensAt: { less_than: 'notadate' },
        teamName: { near: '1,2' },
        waitlist: { equals: 'maybe' },
      },
      queryRules,
    )
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      'competition',
      'competition.location',
      'fee',
      'opensAt',
      'teamName',
      'waitlist',
    ])
  })

  it('offers `all` only on fields holding several values, and only where the database runs it', () => {
    expect(whereProblems(fields, { judges: { all: ID } }, queryRules)).toEqual([])
    expect(whereProblems(fields, { competition: { all: ID } }, queryRules)[0].path).toBe('competition')
    expect(
      whereProblems(fields, { judges: { all: ID } }, { ...queryRules, supports: (operator) => operator !== 'all' })[0].message,
    ).toMatch(/"all" cannot be used on judges/)
  })

  it('compares select fields (an enum on PostgreSQL) whole, with their own options', () => {
    expect(whereProblems(fields, { status: { in: 'pending,verified' } }, queryRules)).toEqual([])
    expect(whereProblems(fields, { status: { like: 'pend' } }, queryRules)[0].message).toMatch(/"like" cannot be used on status/)
    expect(whereProblems(fields, { status: { equals: 'zzz' } }, queryRules)[0].message).toBe(
      'Compare this field with one of: pending, verified.',
    )
  })

  it('wants one value for a one-value operator, on rich text too (found by the fuzz test on PostgreSQL)', () => {
    expect(whereProblems(fields, { description: { not_equals: ['-1341116175'] } }, queryRules)[0].message).toBe(
      'Give description one value for "not_equals", not a list.',
    )
    expect(whereProblems(fields, { teamName: { equals: { nested: 'x' } } }, queryRules)[0].message).toMatch(/one value/)
  })

  it('refuses text operators on rich text and JSON (jsonb on PostgreSQL has none: found by the fuzz test)', () => {
    for (const operator of ['like', 'not_like', 'contains']) {
      expect(whereProblems(fields, { description: { [operator]: 'hack' } }, queryRules)[0].message).toBe(
        `"${operator}" cannot be used on description; use one of: equals, not_equals, in, not_in, exists.`,
      )
      expect(whereProblems(fields, { extra: { [operator]: 'x' } }, queryRules)[0].message).toMatch(`"${operator}" cannot be used on extra`)
    }
    expect(whereProblems(fields, { description: { exists: true } }, queryRules)).toEqual([])
  })

  it('refuses a NUL character anywhere in the query', () => {
    expect(whereProblems(fields, { or: [{ teamName: { like: 'a\u0000b' } }] }, queryRules)[0].message).toMatch(/NUL/)
  })

  it('wants conditions as where[field][operator]=value', () => {
    expect(whereProblems(fields, { teamName: 'x' }, queryRules)[0].message).toMatch(/where\[teamName\]\[equals\]=value/)
    expect(whereProblems(fields, 'x', queryRules)[0].message).toMatch(/where\[field\]\[operator\]=value/)
  })
})

describe('isIdOfKind', () => {
  it('tells ids of each database', () => {
    expect(isIdOfKind('uuid')(ID)).toBe(true)
    expect(isIdOfKind('uuid')('nope')).toBe(false)
    expect(isIdOfKind('objectid')('5f1b2c3d4e5f6a7b8c9d0e1f')).toBe(true)
    expect(isIdOfKind('serial')('12')).toBe(true)
    expect(isIdOfKind('serial')('99999999999999999999')).toBe(false)
  })
})
