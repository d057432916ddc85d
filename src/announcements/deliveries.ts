import type { PayloadRequest } from 'payload'

import { inTransaction } from '../db/inTransaction'
import { lockRow } from '../db/lockRow'

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

export type DeliveryCounts = Record<DeliveryStatus, number>

/** The announcement's counts, from its delivery rows (the one source of truth). */
export const countDeliveries = async (req: PayloadRequest, announcementId: string): Promise<DeliveryCounts> => {
  const counts = await Promise.all(
    DELIVERY_STATUSES.map(async (status) => {
      const { totalDocs } = await req.payload.count({
        collection: 'announcement-deliveries',
        overrideAccess: true,
        req,
        where: { and: [{ announcement: { equals: announcementId } }, { status: { equals: status } }] },
      })
      return [status, totalDocs] as const
    }),
  )
  return Object.fromEntries(counts) as DeliveryCounts
}

/**
 * Stores the new counts on the announcement. The row is locked first, so two jobs finishing at
 * once recount one after the other and the later one sees the earlier one's row: no lost update,
 * whichever commits last. Written below the Local API: counters are not an edit of the
 * announcement (no hooks, no dispatch).
 */
export const storeCounts = async (req: PayloadRequest, announcementId: string): Promise<DeliveryCounts> => {
  await lockRow(req, 'announcements', announcementId)
  const counts = await countDeliveries(req, announcementId)
  await req.payload.db.updateOne({ collection: 'announcements', data: { ...counts }, id: announcementId, req, returning: false })
  return counts
}

/** Marks one delivery sent or failed and recounts its announcement, in one transaction. */
export const recordDelivery = async (
  req: PayloadRequest,
  delivery: { announcement: string; id: string },
  status: Exclude<DeliveryStatus, 'queued'>,
): Promise<void> => {
  await inTransaction(req, async () => {
    await req.payload.db.updateOne({ collection: 'announcement-deliveries', data: { status }, id: delivery.id, req, returning: false })
    await storeCounts(req, delivery.announcement)
  })
}
