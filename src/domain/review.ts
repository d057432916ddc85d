/**
 * The committee's review of registrations, as plain functions: which decisions exist, what a
 * decision request must carry, how long a reviewer holds a registration, and the words of a
 * refusal when someone else changed it first. The review endpoints (src/endpoints/review.ts)
 * and the admin views use these; the status rules themselves stay in ./registration.ts.
 */

export const REVIEW_DECISIONS = ['verified', 'needs-revision', 'rejected'] as const
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]

/** A reviewer holds the registration they opened this long; after that "review next" may hand it to someone else. */
export const REVIEW_CLAIM_MS = 5 * 60 * 1000

/** The most registrations one bulk call changes: a few hundred rows is a page of the list, and it keeps one call well under a minute. */
export const BULK_LIMIT = 500

export const isReviewDecision = (value: unknown): value is ReviewDecision =>
  typeof value === 'string' && (REVIEW_DECISIONS as readonly string[]).includes(value)

/** Asking for a revision or rejecting tells the team why; verifying needs no note. */
export const noteRequired = (decision: ReviewDecision): boolean => decision !== 'verified'

export type DecisionRequest = { decision: ReviewDecision; note: null | string }

/**
 * A decision as the body sent it, checked field by field: the error names the field and what it
 * must be, so a wrong type is a 400 a person can act on, never a 500.
 */
export const parseDecision = (body: Record<string, unknown>): { error: string; ok: false } | ({ ok: true } & DecisionRequest) => {
  const { decision, note } = body
  if (!isReviewDecision(decision)) {
    return { error: `"decision" must be one of ${REVIEW_DECISIONS.map((each) => `"${each}"`).join(', ')}.`, ok: false }
  }
  if (note !== undefined && note !== null && typeof note !== 'string') return { error: '"note" must be text.', ok: false }
  const trimmed = typeof note === 'string' ? note.trim() : ''
  if (trimmed.length > 2000) return { error: '"note" is at most 2000 characters.', ok: false }
  if (noteRequired(decision) && !trimmed) {
    return {
      error:
        decision === 'rejected'
          ? '"note" is required: write the team a note saying why it is rejected.'
          : '"note" is required: write the team a note telling it what to fix.',
      ok: false,
    }
  }
  return { decision, note: trimmed || null, ok: true }
}

/** A list of registration ids as a bulk body sent it: strings, at least one, at most BULK_LIMIT, without repeats. */
export const parseIdList = (value: unknown, field = 'registrations'): { error: string; ok: false } | { ids: string[]; ok: true } => {
  if (!Array.isArray(value) || value.length === 0) return { error: `"${field}" must be a non-empty list of registration ids.`, ok: false }
  if (value.length > BULK_LIMIT) {
    return { error: `"${field}" has ${value.length} ids; send at most ${BULK_LIMIT} per call.`, ok: false }
  }
  if (!value.every((id) => typeof id === 'string' && id.trim() !== '')) {
    return { error: `Every entry of "${field}" must be a registration id (text).`, ok: false }
  }
  return { ids: [...new Set(value.map((id) => (id as string).trim()))], ok: true }
}

/** Two timestamps name the same instant (the database may write the same time differently). */
export const sameInstant = (a: null | string | undefined, b: null | string | undefined): boolean => {
  if (!a || !b) return false
  const left = new Date(a).getTime()
  return !Number.isNaN(left) && left === new Date(b).getTime()
}

const WIB = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Jakarta' }) + ' WIB'

/** The refusal of a decision taken on a registration that changed after the reviewer opened it. */
export const changedMeanwhileMessage = (args: { by: null | string; teamName: string; updatedAt: string }): string =>
  `${args.teamName} changed since you opened it (by ${args.by ?? 'the team or the system'}, at ${WIB(args.updatedAt)}); reload it and decide again.`
