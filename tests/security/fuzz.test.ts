import type { CollectionSlug } from 'payload'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiResponse, startApp, type TestApp, type TestUser } from '../helpers/app'
import { judgedCompetition, openStage, RUBRIC, uploadSubmissionFile, verifiedTeam } from '../helpers/judging'

/**
 * Property: whatever body or query string an anonymous caller, a participant or a judge sends to
 * registrations, submissions, scores, users or competitions, the answer is never a 5xx, and a
 * refused write leaves no row behind. FUZZ_RUNS (default 2,000) is the number of generated
 * requests in all: 60% bodies (POST/PATCH/DELETE), 40% query strings (GET).
 */
const RUNS = Math.max(10, Number(process.env.FUZZ_RUNS) || 2_000)
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined

const COLLECTIONS = ['registrations', 'submissions', 'scores', 'users', 'competitions'] as const
type Target = (typeof COLLECTIONS)[number]
const WATCHED: CollectionSlug[] = [...COLLECTIONS, 'attachments', 'conflicts']

let app: TestApp
const callers: Record<string, TestUser | undefined> = {}
const existing: Record<Target, string[]> = { competitions: [], registrations: [], scores: [], submissions: [], users: [] }
const fieldNames: Record<Target, string[]> = { competitions: [], registrations: [], scores: [], submissions: [], users: [] }

const rowCounts = async (): Promise<string> => {
  const counts: Record<string, number> = {}
  for (const slug of WATCHED) counts[slug] = (await app.payload.db.count({ collection: slug, req: undefined })).totalDocs
  return JSON.stringify(counts)
}

/** Top-level and nested field paths of a collection, for bodies and `where` paths. */
const pathsOf = (fields: { flattenedFields?: unknown; name: string; type: string }[], prefix = '', depth = 0): string[] =>
  fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const inner = Array.isArray(field.flattenedFields) && depth < 2 ? pathsOf(field.flattenedFields, path, depth + 1) : []
    return [path, ...inner]
  })

beforeAll(async () => {
  app = await startApp()
  const committee = await app.createUser('committee')
  callers.judge = await app.createUser('judge')
  const competition = await judgedCompetition(app, committee, [callers.judge], [openStage()])
  const { leader, registrationId } = await verifiedTeam(app, committee, competition)
  callers.participant = leader
  callers.anonymous = undefined
  const file = await uploadSubmissionFile(app, leader)
  const submission = await app.rest.post('/submissions', {
    body: { file: file.id, registration: registrationId, stage: 'preliminary' },
    token: leader.token,
  })
  expect(submission.status).toBe(201)
  const score = await app.rest.post('/scores', {
    body: { criteria: RUBRIC.map((rubric) => ({ criterion: rubric.criterion, score: 1 })), submission: submission.body.doc.id },
    token: callers.judge.token,
  })
  expect(score.status).toBe(201)
  Object.assign(existing, {
    competitions: [competition.id],
    registrations: [registrationId],
    scores: [score.body.doc.id],
    submissions: [submission.body.doc.id],
    users: [leader.user.id, callers.judge.user.id, committee.user.id],
  })
  for (const slug of COLLECTIONS) {
    fieldNames[slug] = pathsOf(app.payload.collections[slug].config.flattenedFields as never)
  }
}, 300_000)

afterAll(async () => {
  await app?.close()
})

const UUID = '3e87d27f-7e84-4dcd-bfda-660e936735a2'
const awkwardStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '99999999999999999999',
  '-1',
  '1e308',
  'NaN',
  'notadate',
  '2026-02-30T25:61:00Z',
  '2026-03-01T09:00:00.000Z',
  UUID,
  'not-an-id',
  '[object Object]',
  'x'.repeat(5000),
  '😀👩‍👩‍👧',
  "'; drop table users; --",
  'verified',
  'withdrawn',
  'admin',
  'file',
)
const scalar = fc.oneof(
  awkwardStrings,
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1e21, Number.MAX_SAFE_INTEGER, 2 ** 31),
  fc.boolean(),
  fc.constant(null),
)
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value

const idFor = (slug: Target) => fc.oneof(fc.constantFrom(...existing[slug]), fc.constantFrom(UUID, 'not-an-id', '0', '%00', '..'))

/** A body: known field names (and a few others) mapped to awkward values; members as lists of awkward rows. */
const bodyFor = (slug: Target) => {
  const names = fieldNames[slug]
  const key = fc.oneof(
    { arbitrary: fc.constantFrom(...names.filter((name) => !name.includes('.'))), weight: 4 },
    { arbitrary: fc.constantFrom('id', 'role', 'status', '_status', 'leader'), weight: 1 },
  )
  const row = fc.dictionary(
    fc.constantFrom('name', 'email', 'studentId', 'studentCard', 'criterion', 'score', 'key', 'min', 'max', 'id'),
    jsonish,
    { maxKeys: 5 },
  )
  const value = fc.oneof(
    { arbitrary: jsonish, weight: 3 },
    { arbitrary: fc.array(row, { maxLength: 12 }), weight: 1 },
    { arbitrary: idFor(slug), weight: 1 },
  )
  return fc.oneof({ arbitrary: fc.dictionary(key, value, { maxKeys: 6 }), weight: 9 }, { arbitrary: jsonish, weight: 1 })
}

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'bogus',
]

/** A query string: where clauses on real (and made-up) paths, and awkward limit/page/sort/depth. */
const queryFor = (slug: Target) => {
  const path = fc.oneof(
    fc.constantFrom(...fieldNames[slug], 'id', 'createdAt'),
    fc.constantFrom('competition.title', 'registration.institutionKey', 'members.email', 'nope.nested'),
  )
  const rawValue = fc.oneof(awkwardStrings, fc.string({ maxLength: 20 }), fc.integer().map(String))
  const clause = fc
    .tuple(fc.constantFrom('', '[or][0]', '[and][1]'), path, fc.constantFrom(...OPERATORS), rawValue, fc.boolean())
    .map(
      ([group, field, operator, value, asList]) =>
        `where${group}[${field}][${operator}]${asList ? '[0]' : ''}=${encodeURIComponent(value)}`,
    )
  const extra = fc
    .tuple(fc.constantFrom('limit', 'page', 'sort', 'depth', 'draft', 'select[title]', 'populate'), rawValue)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
  return fc.array(fc.oneof(clause, extra), { maxLength: 4, minLength: 1 }).map((parts) => parts.join('&'))
}

const caller = fc.constantFrom('anonymous', 'participant', 'judge')
const collection = fc.constantFrom(...COLLECTIONS)

const describeRequest = (method: string, path: string, body?: unknown) =>
  `${method} ${path} ${body === undefined ? '' : JSON.stringify(body).slice(0, 500)}`

describe('fuzzing the REST API', () => {
  it(`never answers 5xx to a generated body, and a refused write stores nothing (${Math.round(RUNS * 0.6)} runs)`, async () => {
    const request = fc.tuple(caller, collection).chain(([who, slug]) =>
      fc.record({
        body: bodyFor(slug),
        id: idFor(slug),
        method: fc.constantFrom('POST', 'PATCH', 'PATCH', 'DELETE'),
        slug: fc.constant(slug),
        who: fc.constant(who),
      }),
    )
    // Rows change only when a write succeeds, so the counts after one request are the next one's "before".
    let before = await rowCounts()
    await fc.assert(
      fc.asyncProperty(request, async ({ body, id, method, slug, who }) => {
        const token = callers[who]?.token
        const path = method === 'POST' ? `/${slug}` : `/${slug}/${encodeURIComponent(id)}`
        let response: ApiResponse
        if (method === 'POST') response = await app.rest.post(path, { body, token })
        else if (method === 'PATCH') response = await app.rest.patch(path, { body, token })
        else response = await app.rest.delete(path, { token })
        if (response.status >= 500)
          throw new Error(`${response.status} for ${describeRequest(method, path, body)} as ${who}: ${JSON.stringify(response.body)}`)
        const after = await rowCounts()
        if (response.status >= 400 && after !== before) {
          throw new Error(`refused ${describeRequest(method, path, body)} as ${who} changed row counts ${before} → ${after}`)
        }
        before = after
      }),
      { endOnFailure: true, numRuns: Math.round(RUNS * 0.6), seed: SEED },
    )
  }, 600_000)

  it(`never answers 5xx to a generated query string (${Math.round(RUNS * 0.4)} runs)`, async () => {
    const request = fc
      .tuple(caller, collection)
      .chain(([who, slug]) => fc.record({ query: queryFor(slug), slug: fc.constant(slug), who: fc.constant(who) }))
    await fc.assert(
      fc.asyncProperty(request, async ({ query, slug, who }) => {
        const response = await app.rest.get(`/${slug}?${query}`, { token: callers[who]?.token })
        if (response.status >= 500)
          throw new Error(`${response.status} for GET /${slug}?${query} as ${who}: ${JSON.stringify(response.body)}`)
      }),
      { endOnFailure: true, numRuns: Math.round(RUNS * 0.4), seed: SEED },
    )
  }, 600_000)
})
