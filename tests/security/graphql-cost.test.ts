import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GRAPHQL_BUDGETS } from '../../access/graphqlBudget'
import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { publishCompetition } from '../helpers/registrations'

let app: TestApp
let committee: TestUser
let participant: TestUser

const aliased = (count: number, limit: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `c${i}: Competitions(limit: ${limit}) { docs { id title summary } }`).join(' ')} }`

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  participant = await app.createUser('participant')
  for (let i = 0; i < 3; i++) await publishCompetition(app, committee)
  // The first GraphQL request builds the schema (seconds); timings below are of a warm server.
  await app.graphql('{ Competitions(limit: 1) { docs { id } } }')
})

afterAll(async () => {
  await app?.close()
})

describe('GraphQL queries are priced by what they can load', () => {
  it('90 aliases of Competitions(limit: 100) are refused at once, with a readable error and no database read', async () => {
    const started = Date.now()
    let reads = 0
    const db = app.payload.db as unknown as { find: (...args: unknown[]) => Promise<unknown> }
    const find = db.find
    db.find = (...args) => {
      reads += 1
      return find.apply(app.payload.db, args)
    }
    try {
      const gql = await app.graphql(aliased(90, 100))
      expect(gql.body.data).toBeUndefined()
      expect(gql.body.errors?.[0]?.message).toMatch(/90 aliases; anonymous requests may use at most 10\. Split it into several queries\./)
    } finally {
      db.find = find
    }
    expect(reads).toBe(0)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('few aliases with large limits are refused by cost: an anonymous caller’s budget is the smallest', async () => {
    const query = aliased(5, 100) // 5 × (1 + 100 × 4) = 2,005 points
    const anonymous = await app.graphql(query)
    expect(anonymous.body.errors?.[0]?.message).toMatch(/costs 2,005 points and anonymous requests may spend 1,000/)
    const signedIn = await app.graphql(query, {}, participant.token)
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.data.c0.docs).toHaveLength(3)
  })

  it('staff get a larger budget than participants', async () => {
    const query = aliased(15, 100) // 6,015 points: over a participant's 5,000, within staff's
    const asParticipant = await app.graphql(query, {}, participant.token)
    expect(asParticipant.body.errors?.[0]?.message).toMatch(/participants may spend 5,000/)
    const asCommittee = await app.graphql(query, {}, committee.token)
    expect(asCommittee.body.errors).toBeUndefined()
    expect(asCommittee.body.data.c14.docs).toHaveLength(3)
    expect(GRAPHQL_BUDGETS.staff.maxCost).toBeGreaterThan(GRAPHQL_BUDGETS.anonymous.maxCost)
  })

  it('limits in variables count too, and so does limit: 0 (every document)', async () => {
    const query = 'query ($n: Int) { Competitions(limit: $n) { docs { id title } } }'
    expect((await app.graphql(query, { n: 1000 })).body.errors?.[0]?.message).toMatch(/costs 3,001 points/)
    expect((await app.graphql(query, { n: 0 })).body.errors?.[0]?.message).toMatch(/costs 3,001 points/)
  })

  it('deep nesting is refused', async () => {
    let selection = 'id'
    for (let i = 0; i < 12; i++) selection = `judges { ${selection} }`
    const gql = await app.graphql(`{ Competitions(limit: 1) { docs { ${selection} } } }`, {}, participant.token)
    expect(gql.body.errors?.[0]?.message).toMatch(/nests 15 levels deep; participants may nest at most 10/)
  })

  it('the public site’s kind of query still works for anonymous callers', async () => {
    const result = await app.graphql(
      `{ Competitions(limit: 20, sort: "-registrationOpensAt") { docs { id title slug fee teamSize { min max } stages { key name opensAt closesAt } } totalDocs } }`,
    )
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Competitions.totalDocs).toBe(3)
  })
})
