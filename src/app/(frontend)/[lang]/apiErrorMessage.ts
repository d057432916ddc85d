/** The first human-readable message from a Payload REST error body, or the fallback. */
export const apiErrorMessage = async (response: Response, fallback: string): Promise<string> => {
  try {
    const body = (await response.json()) as { errors?: { data?: { errors?: { message?: string }[] }; message?: string }[] }
    const first = body.errors?.[0]
    return first?.data?.errors?.[0]?.message ?? first?.message ?? fallback
  } catch {
    return fallback
  }
}
