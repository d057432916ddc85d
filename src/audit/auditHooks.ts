import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, RequestContext } from 'payload'

import { auditChanges, type AuditedAspect, auditSnapshotOf, type Snapshot } from '../domain/audit'
import { recordAuditEvent } from './recordAuditEvent'

type Doc = { id: number | string }

export type AuditedChanges<T> = {
  aspects: readonly AuditedAspect[]
  /** The server acting on its own (no actor), told by the request's context. */
  byServer?: (context: RequestContext) => boolean
  collection: CollectionSlug
  /** Record the creation too: the action and the fields its `after` shows. */
  created?: { action: string; fields: readonly string[] }
  /** The document as plain values: ids for relationships, normalised text; never secrets. */
  snapshot: (doc: T) => Snapshot
}

/**
 * An afterChange hook recording one audit event per aspect that changed (see auditChanges in
 * src/domain/audit.ts), in the change's transaction: a change that fails later leaves no event.
 */
export const recordChanges =
  <T extends Doc>(spec: AuditedChanges<T>): CollectionAfterChangeHook<T> =>
  async ({ context, doc, operation, previousDoc, req }) => {
    const byServer = spec.byServer?.(context) ?? false
    const base = { byServer, collectionSlug: spec.collection, documentId: doc.id }
    if (operation === 'create') {
      if (spec.created)
        await recordAuditEvent(req, {
          ...base,
          action: spec.created.action,
          after: auditSnapshotOf(spec.snapshot(doc), spec.created.fields),
        })
      return doc
    }
    if (!previousDoc) return doc
    for (const change of auditChanges(spec.snapshot(previousDoc), spec.snapshot(doc), spec.aspects)) {
      await recordAuditEvent(req, { ...base, ...change })
    }
    return doc
  }

/** An afterDelete hook recording what was deleted (its snapshot as `before`) and by whom. */
export const recordDeletion =
  <T extends Doc>(spec: { action: string; collection: CollectionSlug; snapshot: (doc: T) => Snapshot }): CollectionAfterDeleteHook<T> =>
  async ({ doc, id, req }) => {
    await recordAuditEvent(req, { action: spec.action, before: spec.snapshot(doc), collectionSlug: spec.collection, documentId: id })
    return doc
  }
