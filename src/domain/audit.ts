/**
 * What an audit event says changed, as plain functions: two snapshots of a document (plain
 * values, ids for relationships, never secrets) compared aspect by aspect. The audit hooks
 * (src/audit/auditHooks.ts) record one event per aspect that changed.
 */

/** A document reduced to the values the audit trail compares and shows. */
export type Snapshot = Record<string, unknown>

export type AuditedAspect = {
  /** The event's action; a function chooses it from what changed (e.g. status vs note only). */
  action: ((change: AuditChangeValues) => string) | string
  /** Fields compared: the event records those that changed, before and after. */
  fields: readonly string[]
  /** Fields shown beside a change for context (who reviewed, which submission), never compared. */
  with?: readonly string[]
}

export type AuditChangeValues = { after: Snapshot; before: Snapshot; changed: readonly string[] }

export type AuditChange = { action: string; after: Snapshot; before: Snapshot }

/** Missing, undefined and null are the same "no value"; object keys compare in any order. */
const canonical = (value: unknown): unknown => {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.map(canonical)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, canonical(inner)]),
    )
  }
  return value
}

export const sameAuditValue = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

const pick = (snapshot: Snapshot, fields: readonly string[]): Snapshot =>
  Object.fromEntries(fields.map((field) => [field, canonical(snapshot[field])]))

/**
 * One change per aspect whose fields differ between `before` and `after`, in the aspects' order:
 * its `before` and `after` hold the fields that changed plus the aspect's context fields.
 */
export const auditChanges = (before: Snapshot, after: Snapshot, aspects: readonly AuditedAspect[]): AuditChange[] =>
  aspects.flatMap((aspect) => {
    const changed = aspect.fields.filter((field) => !sameAuditValue(before[field], after[field]))
    if (changed.length === 0) return []
    const shown = [...changed, ...(aspect.with ?? []).filter((field) => !changed.includes(field))]
    const values = { after: pick(after, shown), before: pick(before, shown), changed }
    return [
      { action: typeof aspect.action === 'string' ? aspect.action : aspect.action(values), after: values.after, before: values.before },
    ]
  })

/** The values of a new document worth recording (the `after` of a "created" event). */
export const auditSnapshotOf = (snapshot: Snapshot, fields: readonly string[]): Snapshot => pick(snapshot, fields)

export type StageResults = { key: string; resultsPublished?: boolean | null }

export type StageResultChange = { published: boolean; stage: string }

/**
 * Stages whose results were published or withdrawn between two versions of a competition's
 * stages (matched by key; a stage added already published counts as published).
 */
export const stageResultChanges = (
  before: readonly StageResults[] | null | undefined,
  after: readonly StageResults[] | null | undefined,
): StageResultChange[] => {
  const was = new Map((before ?? []).map((stage) => [stage.key, Boolean(stage.resultsPublished)]))
  return (after ?? [])
    .filter((stage) => Boolean(stage.resultsPublished) !== (was.get(stage.key) ?? false))
    .map((stage) => ({ published: Boolean(stage.resultsPublished), stage: stage.key }))
}
