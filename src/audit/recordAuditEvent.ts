import type { PayloadRequest } from 'payload'

export const AUDIT_EVENTS = 'audit-events'

export type AuditEvent = {
  action: string
  after?: unknown
  before?: unknown
  collectionSlug: string
  documentId: number | string
}

/**
 * Writes one audit event as the server. Nobody may write audit events through the API, admins
 * included, so this is the only way in; it takes `req` so the event joins the change's
 * transaction (a change that fails leaves no event, and an event never outlives its change).
 */
export const recordAuditEvent = async (req: PayloadRequest, event: AuditEvent): Promise<void> => {
  await req.payload.create({
    collection: AUDIT_EVENTS,
    data: {
      action: event.action,
      actor: req.user?.collection === 'users' ? req.user.id : undefined,
      after: (event.after ?? null) as never,
      before: (event.before ?? null) as never,
      collectionSlug: event.collectionSlug,
      documentId: String(event.documentId),
    },
    overrideAccess: true,
    req,
  })
}
