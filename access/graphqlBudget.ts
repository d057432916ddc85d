import type { ExecutionArgs, ValidationRule } from 'graphql'

import { type QueryBudget, queryBudgetRule } from '../src/graphql/queryCost'
import { isStaff } from './roles'

/**
 * GraphQL budgets by who asks (see src/graphql/queryCost.ts for how a query is measured).
 * Anonymous visitors get the least: the public site needs a few lists of competitions, not
 * thousands of documents per request. Staff work with whole competitions at once.
 */
export const GRAPHQL_BUDGETS = {
  anonymous: { maxAliases: 10, maxCost: 1_000, maxDepth: 8, who: 'anonymous requests' },
  signedIn: { maxAliases: 20, maxCost: 5_000, maxDepth: 10, who: 'participants' },
  staff: { maxAliases: 50, maxCost: 50_000, maxDepth: 12, who: 'staff' },
} as const satisfies Record<string, QueryBudget>

type MaybeUser = null | undefined | { id?: number | string; role?: null | string }

export const graphqlBudgetFor = (user: MaybeUser): QueryBudget => {
  if (!user) return GRAPHQL_BUDGETS.anonymous
  return isStaff(user) ? GRAPHQL_BUDGETS.staff : GRAPHQL_BUDGETS.signedIn
}

/**
 * `graphQL.validationRules` in payload.config.ts. Payload's route passes the request, with its
 * authenticated user, as the context value, so the budget is the requester's.
 */
export const graphqlValidationRules = (args: ExecutionArgs): ValidationRule[] => {
  const context = args.contextValue as { req?: { user?: MaybeUser } } | undefined
  return [queryBudgetRule(graphqlBudgetFor(context?.req?.user), args.variableValues as Record<string, unknown> | undefined)]
}
