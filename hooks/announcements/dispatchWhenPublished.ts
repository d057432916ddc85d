import type { CollectionAfterChangeHook } from 'payload'

import type { Announcement } from '../../src/payload-types'

import { dispatchAnnouncement } from '../../src/announcements/dispatch'
import { isPublished } from '../../src/domain/announcements'

/**
 * An announcement saved with its publish time reached has its emails queued in the same
 * transaction (the request does not wait for any email); a scheduled one is left to the
 * announcements sweep (src/jobs/publishDueAnnouncements.ts).
 */
export const dispatchWhenPublished: CollectionAfterChangeHook<Announcement> = async ({ doc, req }) => {
  const now = new Date()
  if (doc.dispatchedAt || !isPublished(doc, now)) return doc
  const dispatched = await dispatchAnnouncement(req, String(doc.id), now)
  return dispatched ? { ...doc, ...dispatched, failed: 0, sent: 0 } : doc
}
