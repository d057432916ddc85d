import type { AfterErrorHook, AfterErrorResult } from 'payload'

/**
 * Keeps the per-field details (`data.errors: [{ path, message }]`) of a refusal in the REST
 * response. Payload adds them only when the error is `instanceof` its own ValidationError or
 * APIError; in the production build the error classes our hooks throw can be a second copy of
 * those classes (bundled with the config), the check fails, and a client would get only
 * "The following field is invalid: paymentProof" without the message to show beside it.
 * Only refusals (4xx) are touched; a server error keeps Payload's generic answer.
 */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const { data, status } = error as Error & { data?: unknown; status?: number }
  const first = result?.errors?.[0] as (Record<string, unknown> & { data?: unknown }) | undefined
  if (!status || status >= 500 || !data || !first || first.data) return
  return { response: { errors: [{ ...first, data, message: error.message, name: error.name }] }, status } as AfterErrorResult
}
