import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { GRAPHQL_BUDGETS, graphqlBudgetFor } from '../../access/graphqlBudget'
import { DEFAULT_LIST_LIMIT, measureQuery, overBudget, UNBOUNDED_LIST_SIZE } from '../../src/graphql/queryCost'

const measure = (query: string, variables?: Record<string, unknown>) => measureQuery(parse(query), variables)

describe('measureQuery', () => {
  it('counts a list’s fields once per document its limit allows', () => {
    // Competitions (1) + limit 100 × (docs (1) + title (1))
    expect(measure('{ Competitions(limit: 100) { docs { title } } }').cost).toBe(1 + 100 * (1 + 1))
  })

  it('counts every alias as a field of its own', () => {
    const aliases = Array.from({ length: 90 }, (_, i) => `a${i}: Competitions(limit: 100) { docs { title } }`).join('\n')
    const result = measure(`{ ${aliases} }`)
    expect(result.aliases).toBe(90)
    expect(result.cost).toBe(90 * 201)
  })

  it('uses Payload’s default page size without a limit, and counts limit 0 or pagination: false as unbounded', () => {
    expect(measure('{ Competitions { docs { title } } }').cost).toBe(1 + DEFAULT_LIST_LIMIT * 2)
    expect(measure('{ Competitions(limit: 0) { docs { title } } }').cost).toBe(1 + UNBOUNDED_LIST_SIZE * 2)
    expect(measure('{ Competitions(pagination: false) { docs { title } } }').cost).toBe(1 + UNBOUNDED_LIST_SIZE * 2)
  })

  it('reads limits from variables and multiplies nested lists', () => {
    const query =
      'query ($n: Int) { Competitions(limit: $n) { docs { judges { id } registrations: Registrations(limit: 5) { docs { id } } } } }'
    const result = measure(query, { n: 4 })
    // per competition: docs (1) + judges { id } (2) + Registrations (1 + 5 × docs { id } (2))
    expect(result.cost).toBe(1 + 4 * (1 + 2 + 1 + 5 * 2))
  })

  it('expands fragments (cycles cut) and measures depth without introspection', () => {
    const query = `
      fragment F on Competition { title ...G }
      fragment G on Competition { slug ...F }
      { Competitions(limit: 2) { docs { ...F } } __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`
    const result = measure(query)
    expect(result.depth).toBe(3)
    expect(result.cost).toBeGreaterThan(1 + 2 * 3)
  })
})

describe('budgets', () => {
  it('staff may spend more than participants, participants more than anonymous callers', () => {
    expect(graphqlBudgetFor(null)).toBe(GRAPHQL_BUDGETS.anonymous)
    expect(graphqlBudgetFor({ id: '1', role: 'participant' })).toBe(GRAPHQL_BUDGETS.signedIn)
    expect(graphqlBudgetFor({ id: '1', role: 'judge' })).toBe(GRAPHQL_BUDGETS.staff)
    expect(GRAPHQL_BUDGETS.staff.maxCost).toBeGreaterThan(GRAPHQL_BUDGETS.signedIn.maxCost)
    expect(GRAPHQL_BUDGETS.signedIn.maxCost).toBeGreaterThan(GRAPHQL_BUDGETS.anonymous.maxCost)
  })

  it('says what is over and what to do', () => {
    expect(overBudget({ aliases: 90, cost: 18_090, depth: 3 }, GRAPHQL_BUDGETS.anonymous)).toMatch(
      /90 aliases; anonymous requests may use at most 10\. Split/,
    )
    expect(overBudget({ aliases: 0, cost: 18_090, depth: 3 }, GRAPHQL_BUDGETS.anonymous)).toMatch(
      /costs 18,090 points and anonymous requests may spend 1,000/,
    )
    expect(overBudget({ aliases: 0, cost: 10, depth: 30 }, GRAPHQL_BUDGETS.staff)).toMatch(/nests 30 levels deep/)
    expect(overBudget({ aliases: 0, cost: 999, depth: 3 }, GRAPHQL_BUDGETS.anonymous)).toBeUndefined()
  })
})
