import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetPublicApiReads } from '../../src/http/publicReadCache'
import { COMPETITIONS_TAG } from '../../src/shared/cacheTags'

const refresh = async () => {
  // Anonymous API reads kept in memory (each also checks the data's stamp; this frees them now).
  forgetPublicApiReads()
  try {
    // Imported here, not at the top: CLI scripts load this config outside Next.js.
    const { revalidateTag } = await import('next/cache')
    // Expire at once: the next visitor sees the change, not a stale page.
    revalidateTag(COMPETITIONS_TAG, { expire: 0 })
  } catch {
    // Outside a Next.js server (tests, scripts) there is no page cache to refresh.
  }
}

/** Public competition pages are cached; any change to a competition refreshes them. */
export const refreshPublicPagesAfterChange: CollectionAfterChangeHook = async ({ doc }) => {
  await refresh()
  return doc
}

export const refreshPublicPagesAfterDelete: CollectionAfterDeleteHook = async ({ doc }) => {
  await refresh()
  return doc
}
