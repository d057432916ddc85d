import type { PayloadRequest } from 'payload'

export const AUDIT_EVENTS = 'audit-events'

export type AuditEvent = {
  action: string
  after?: unknown
  before?: unknown
  /**
   * The server acted on its own authority (e.g. promoting a waitlisted team when another gave
   * its place back), even though a person's request set it off: the event has no actor.
   */
  byServer?: boolean
  collectionSlug: string
  documentId: number | string
}

type Actor = { email?: unknown; id: number | string; name?: unknown; role?: unknown }

const text = (value: unknown): null | string => (typeof value === 'string' && value !== '' ? value : null)

/**
 * Writes one audit event as the server. Nobody may write audit events through the API, admins
 * included, so this is the only way in; it takes `req` so the event joins the change's
 * transaction (a change that fails leaves no event, and an event never outlives its change).
 * The actor's name, email and role are copied onto the event: deleting their account empties
 * the `actor` relationship, and the record must still say who it was.
 */
export const recordAuditEvent = async (req: PayloadRequest, event: AuditEvent): Promise<void> => {
  const actor = !event.byServer && req.user?.collection === 'users' ? (req.user as Actor) : undefined
  await req.payload.create({
    collection: AUDIT_EVENTS,
    data: {
      action: event.action,
      actor: actor ? String(actor.id) : undefined,
      actorEmail: text(actor?.email),
      actorName: text(actor?.name),
      actorRole: text(actor?.role),
      after: (event.after ?? null) as never,
      before: (event.before ?? null) as never,
      collectionSlug: event.collectionSlug,
      documentId: String(event.documentId),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
