/** A Payload REST error body: `{ errors: [{ message, data?: { errors: [{ path, message }] } }] }`. */
export type ApiErrorBody = { errors?: { data?: { errors?: { message?: string }[] }; message?: string }[] }

/**
 * The first human-readable message of a Payload REST error body, or the fallback: the field's
 * message when there is one ("members.0.email: …"), else the error's own. Shared by the public
 * site and the admin panel's custom views, so both show the server's words.
 */
export const firstErrorMessage = (body: unknown, fallback: string): string => {
  const first = (body as ApiErrorBody | null | undefined)?.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? fallback
}

/** The same, read from a fetch Response (a body that is not JSON gives the fallback). */
export const apiErrorMessage = async (response: Response, fallback: string): Promise<string> =>
  firstErrorMessage(await response.json().catch(() => null), fallback)

type FullErrorBody = { errors?: { data?: { errors?: { message?: string; path?: string }[] }; message?: string }[] }

/**
 * Every message of an error body, keyed by the field it is about (`members.0.email`), and
 * `form` for messages about no field; the fallback as `form` when the body says nothing, so a
 * form always shows something after a refusal.
 */
export const fieldErrorsOf = (body: unknown, fallback: string): Record<string, string> => {
  const found: Record<string, string> = {}
  for (const error of (body as FullErrorBody | null | undefined)?.errors ?? []) {
    const fields = (error.data?.errors ?? []).filter((field) => field.path && field.message)
    if (fields.length === 0 && error.message) found.form = error.message
    for (const { message, path } of fields) found[path as string] = message as string
  }
  return Object.keys(found).length > 0 ? found : { form: fallback }
}

/** The same, read from a fetch Response. */
export const apiFieldErrors = async (response: Response, fallback: string): Promise<Record<string, string>> =>
  fieldErrorsOf(await response.json().catch(() => null), fallback)
