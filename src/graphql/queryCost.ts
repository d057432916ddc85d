import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql'
// The CommonJS build of the class, as graphql-http (Payload's GraphQL route) loads it: it recognises
// validation errors with `instanceof`, and an error of the ES-module copy was sent as a bare array.
import { GraphQLError } from 'graphql/error/GraphQLError.js'

/**
 * What a GraphQL query may ask for at once. Payload's own complexity rule counts each field once,
 * so 90 aliases of `Competitions(limit: 100)` scored 270 of its 1,000 and made the server load
 * 9,000 documents. Here a field costs 1 per document it can be repeated for: everything under a
 * list costs its `limit` times over, and every alias is a field of its own.
 */
export type QueryBudget = { maxAliases: number; maxCost: number; maxDepth: number; who: string }

export type QueryMeasure = { aliases: number; cost: number; depth: number }

/** Payload lists 10 documents when a query gives no `limit`. */
export const DEFAULT_LIST_LIMIT = 10
/** `limit: 0` or `pagination: false` returns every document: counted as this many. */
export const UNBOUNDED_LIST_SIZE = 1000

type Variables = Record<string, unknown> | null | undefined

const argumentValue = (field: FieldNode, name: string, variables: Variables): unknown => {
  const node = field.arguments?.find((argument) => argument.name.value === name)?.value
  return node ? literal(node, variables) : undefined
}

const literal = (node: ValueNode, variables: Variables): unknown => {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables?.[node.name.value]
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.BOOLEAN:
      return node.value
    default:
      return undefined
  }
}

const selects = (selectionSet: SelectionSetNode | undefined, name: string): boolean =>
  Boolean(selectionSet?.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === name))

/** How many documents a field can return: its `limit`, or Payload's default for a paginated list. */
const listSize = (field: FieldNode, variables: Variables): number => {
  const limit = argumentValue(field, 'limit', variables)
  const isList = limit !== undefined || selects(field.selectionSet, 'docs')
  if (!isList) return 1
  if (argumentValue(field, 'pagination', variables) === false) return UNBOUNDED_LIST_SIZE
  if (limit === undefined || limit === null) return DEFAULT_LIST_LIMIT
  const size = Number(limit)
  if (!Number.isFinite(size) || size <= 0) return UNBOUNDED_LIST_SIZE
  return Math.min(Math.ceil(size), Number.MAX_SAFE_INTEGER)
}

/** Cost, depth and aliases of every operation in a document (fragments expanded, cycles cut). */
export const measureQuery = (document: DocumentNode, variables?: Variables): QueryMeasure => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const measure: QueryMeasure = { aliases: 0, cost: 0, depth: 0 }

  const walk = (selectionSet: SelectionSetNode, depth: number, inFragments: ReadonlySet<string>, countDepth: boolean): number => {
    let cost = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) measure.aliases += 1
        // Introspection is bounded by the schema itself; its nesting is not the data's.
        const deeper = countDepth && !selection.name.value.startsWith('__')
        if (deeper) measure.depth = Math.max(measure.depth, depth)
        const inner = selection.selectionSet ? walk(selection.selectionSet, depth + 1, inFragments, deeper) : 0
        cost += 1 + listSize(selection, variables) * inner
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, depth, inFragments, countDepth)
      } else {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (fragment && !inFragments.has(name)) cost += walk(fragment.selectionSet, depth, new Set([...inFragments, name]), countDepth)
      }
      if (cost > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER
    }
    return cost
  }

  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      measure.cost = Math.min(measure.cost + walk(definition.selectionSet, 1, new Set(), true), Number.MAX_SAFE_INTEGER)
    }
  }
  return measure
}

const count = (value: number): string => value.toLocaleString('en-US')

/** Why a query is over budget, as a sentence that says what to do; undefined when it fits. */
export const overBudget = (measure: QueryMeasure, budget: QueryBudget): string | undefined => {
  if (measure.aliases > budget.maxAliases) {
    return `This query uses ${count(measure.aliases)} aliases; ${budget.who} may use at most ${count(budget.maxAliases)}. Split it into several queries.`
  }
  if (measure.depth > budget.maxDepth) {
    return `This query nests ${count(measure.depth)} levels deep; ${budget.who} may nest at most ${count(budget.maxDepth)}. Ask for fewer related documents.`
  }
  if (measure.cost > budget.maxCost) {
    return `This query asks for too much at once: it costs ${count(measure.cost)} points and ${budget.who} may spend ${count(budget.maxCost)} (a field costs 1 for every document its list's limit allows). Ask for fewer documents or fields, or split it into several queries.`
  }
  return undefined
}

/** A validation rule: an over-budget query is refused before any resolver (and so any database query) runs. */
export const queryBudgetRule =
  (budget: QueryBudget, variables?: Variables): ValidationRule =>
  (context) => ({
    Document(node) {
      const error = overBudget(measureQuery(node, variables), budget)
      if (error) context.reportError(new GraphQLError(error, { extensions: { code: 'QUERY_TOO_EXPENSIVE' } }))
    },
  })
