import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Competition } from '../../src/payload-types'

import { recordDeletion } from '../../src/audit/auditHooks'
import { recordAuditEvent } from '../../src/audit/recordAuditEvent'
import { auditChanges, stageResultChanges } from '../../src/domain/audit'
import { idOf } from '../../src/shared/idOf'

const snapshot = (doc: Competition) => ({
  fee: doc.fee ?? null,
  feeSchedule: (doc.feeSchedule ?? []).map((wave) => ({ fee: wave.fee, label: wave.label, until: wave.until })),
  judges: (doc.judges ?? []).map((judge) => idOf(judge)).sort(),
  slug: doc.slug,
  status: doc._status ?? 'draft',
  title: doc.title,
})

const ASPECTS = [
  {
    action: ({ after }: { after: Record<string, unknown> }) =>
      after.status === 'published' ? 'competition-published' : 'competition-unpublished',
    fields: ['status'],
    with: ['title'],
  },
  { action: 'fee-changed', fields: ['fee', 'feeSchedule'] },
  { action: 'judges-changed', fields: ['judges'] },
] as const

/**
 * The live competition (its own row, not its latest version). A draft saved over a published
 * competition changes only its versions: the public still sees the published one, so nothing
 * the audit trail records has changed until that draft is published.
 */
const liveCompetition = (req: PayloadRequest, id: number | string) =>
  req.payload.db.findOne<Competition>({ collection: 'competitions', req, where: { id: { equals: id } } })

const beforeKey = (id: number | string) => `auditedCompetition:${id}`

/** Keeps the live competition as it was before this change, for recordCompetitionChanges. */
export const rememberLiveCompetition: CollectionBeforeChangeHook<Competition> = async ({ context, data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc) context[beforeKey(originalDoc.id)] = await liveCompetition(req, originalDoc.id)
  return data
}

/**
 * Records a competition being published or unpublished, a stage's results published or
 * withdrawn (one event per stage), its fee and its judges changing: comparing the live
 * competition before and after, so saving a draft records nothing and publishing it records
 * what the public now sees.
 */
export const recordCompetitionChanges: CollectionAfterChangeHook<Competition> = async ({ context, doc, operation, req }) => {
  const base = { collectionSlug: 'competitions', documentId: doc.id }
  if (operation === 'create') {
    if (doc._status === 'published')
      await recordAuditEvent(req, { ...base, action: 'competition-published', after: { status: 'published', title: doc.title } })
    return doc
  }
  const before = context[beforeKey(doc.id)] as Competition | null | undefined
  delete context[beforeKey(doc.id)]
  const after = await liveCompetition(req, doc.id)
  // Unchanged live row: a draft was saved.
  if (!before || !after || before.updatedAt === after.updatedAt) return doc

  for (const change of auditChanges(snapshot(before), snapshot(after), ASPECTS)) await recordAuditEvent(req, { ...base, ...change })
  for (const { published, stage } of stageResultChanges(before.stages, after.stages)) {
    await recordAuditEvent(req, {
      ...base,
      action: published ? 'results-published' : 'results-withdrawn',
      after: { resultsPublished: published, stage },
      before: { resultsPublished: !published, stage },
    })
  }
  return doc
}

export const recordCompetitionDeletion = recordDeletion<Competition>({
  action: 'competition-deleted',
  collection: 'competitions',
  snapshot: (doc) => ({ slug: doc.slug, status: doc._status ?? 'draft', title: doc.title }),
})
