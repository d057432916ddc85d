import type { PayloadRequest } from 'payload'

import { findAllAsServer, findByIdAsServer } from '../db/findAllAsServer'
import { inTransaction } from '../db/inTransaction'
import { lockRow } from '../db/lockRow'
import { isPublished } from '../domain/announcements'
import { audienceAccounts } from './audience'

export type Dispatched = { dispatchedAt: string; queued: number }

/**
 * Queues an announcement's emails once its publish time has come: one `announcement-deliveries`
 * row and one `sendAnnouncement` job per recipient, and `dispatchedAt` set, all in one
 * transaction (the saving request's, when called from its hook). Nothing is sent here.
 *
 * The row is locked and `dispatchedAt` re-read under the lock, so a save and a sweep (or two
 * sweeps on two instances) dispatch it once; the unique (announcement, user) index on the
 * deliveries would refuse a second row for the same person anyway.
 */
export const dispatchAnnouncement = async (req: PayloadRequest, id: string, now: Date): Promise<Dispatched | null> =>
  inTransaction(req, async () => {
    await lockRow(req, 'announcements', id)
    const announcement = await findByIdAsServer(req, 'announcements', id)
    if (!announcement || announcement.dispatchedAt || !isPublished(announcement, now)) return null
    const recipients = await audienceAccounts(req, announcement)
    for (const userId of recipients) {
      await req.payload.create({
        collection: 'announcement-deliveries',
        data: { announcement: id, status: 'queued', user: userId },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await req.payload.jobs.queue({ input: { announcementId: id, userId }, req, task: 'sendAnnouncement' })
    }
    const dispatched = { dispatchedAt: now.toISOString(), queued: recipients.length }
    await req.payload.db.updateOne({
      collection: 'announcements',
      data: { ...dispatched, failed: 0, sent: 0 },
      id,
      req,
      returning: false,
    })
    return dispatched
  })

/**
 * Announcements whose publish time has come and whose emails were not queued yet: scheduled ones
 * (and any whose save-time dispatch did not happen). Each in its own transaction, so one that
 * fails does not hold the others back. Returns how many were dispatched.
 */
export const dispatchDueAnnouncements = async (req: PayloadRequest, now: Date): Promise<number> => {
  const due = await findAllAsServer(req, 'announcements', {
    select: { id: true },
    sort: 'publishAt',
    where: { and: [{ publishAt: { less_than_equal: now.toISOString() } }, { dispatchedAt: { exists: false } }] },
  })
  let dispatched = 0
  for (const { id } of due) {
    try {
      if (await dispatchAnnouncement(req, String(id), now)) dispatched += 1
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `Could not queue the emails of announcement ${id}; the next sweep tries again.` })
    }
  }
  return dispatched
}
