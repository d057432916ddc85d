import type { CollectionAfterChangeHook } from 'payload'

import type { Competition } from '../../src/payload-types'

import { syncStageTickets } from '../../src/checkIn/syncTickets'
import { onSiteStageKeys } from '../../src/domain/checkIn'

/**
 * A stage marked (or unmarked) on site after teams were advanced into it: their members'
 * tickets are made (or, if nobody used them, removed). Drafts change nothing until published.
 */
export const syncOnSiteTickets: CollectionAfterChangeHook<Competition> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || doc._status !== 'published') return doc
  const now = onSiteStageKeys(doc.stages)
  const before = onSiteStageKeys(previousDoc?._status === 'published' ? previousDoc.stages : [])
  const changed = [...now.filter((key) => !before.includes(key)), ...before.filter((key) => !now.includes(key))]
  await syncStageTickets(req, doc, changed)
  return doc
}
