import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTag } from 'next/cache'

import { COMPETITIONS_TAG } from '../../src/frontend/competitionBySlug'

const refresh = () => {
  try {
    // Expire at once: the next visitor sees the change, not a stale page.
    revalidateTag(COMPETITIONS_TAG, { expire: 0 })
  } catch {
    // Outside a Next.js server (tests, scripts) there is no page cache to refresh.
  }
}

/** Public competition pages are cached; any change to a competition refreshes them. */
export const refreshPublicPagesAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  refresh()
  return doc
}

export const refreshPublicPagesAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  refresh()
  return doc
}
