import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { COMPETITIONS_TAG } from '../../src/shared/cacheTags'
import { refreshPublicCache } from '../shared/refreshPublicCache'

/** Public competition pages are cached; any change to a competition (its quota and fee waves included) refreshes them. */
export const refreshPublicPagesAfterChange: CollectionAfterChangeHook = async ({ doc }) => {
  await refreshPublicCache([COMPETITIONS_TAG])
  return doc
}

export const refreshPublicPagesAfterDelete: CollectionAfterDeleteHook = async ({ doc }) => {
  await refreshPublicCache([COMPETITIONS_TAG])
  return doc
}
