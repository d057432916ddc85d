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
