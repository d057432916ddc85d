import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { ANNOUNCEMENTS_TAG } from '../../src/shared/cacheTags'
import { refreshPublicCache } from '../shared/refreshPublicCache'

/** Competition pages are cached with their public announcements; any change to one refreshes them. */
export const refreshPublicAnnouncementsAfterChange: CollectionAfterChangeHook = async ({ doc }) => {
  await refreshPublicCache([ANNOUNCEMENTS_TAG])
  return doc
}

export const refreshPublicAnnouncementsAfterDelete: CollectionAfterDeleteHook = async ({ doc }) => {
  await refreshPublicCache([ANNOUNCEMENTS_TAG])
  return doc
}
