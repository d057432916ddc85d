import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetPublicApiReads } from '../../src/http/publicReadCache'
import { COMPETITIONS_TAG } from '../../src/shared/cacheTags'
import { refreshPublicCache } from '../shared/refreshPublicCache'

const refresh = async () => {
  // Anonymous API reads kept in memory (each also checks the data's stamp; this frees them now).
  forgetPublicApiReads()
  await refreshPublicCache([COMPETITIONS_TAG])
}

/** Public competition pages and API reads are cached; any change to a competition (its quota and fee waves included) refreshes them. */
export const refreshPublicPagesAfterChange: CollectionAfterChangeHook = async ({ doc }) => {
  await refresh()
  return doc
}

export const refreshPublicPagesAfterDelete: CollectionAfterDeleteHook = async ({ doc }) => {
  await refresh()
  return doc
}
