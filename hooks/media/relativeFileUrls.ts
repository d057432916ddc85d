import type { CollectionAfterReadHook } from 'payload'

import type { Media } from '../../src/payload-types'

import { sitePathOf } from '../../src/uploads/fileUrl'

/**
 * Media's `url`, `thumbnailURL` and every size's `url` as paths on the site (see sitePathOf).
 * Runs after Payload's own field hooks, which make them absolute on SERVER_URL; link previews
 * and JSON-LD make theirs absolute again (src/frontend/pageMetadata.ts posterImage).
 */
export const relativeFileUrls: CollectionAfterReadHook<Media> = ({ doc, req }) => {
  const serverUrl = req.payload.config.serverURL
  const relative = (url: null | string | undefined) => (url ? sitePathOf(url, serverUrl) : url)
  const sizes = doc.sizes
    ? Object.fromEntries(
        Object.entries(doc.sizes).map(([name, size]) => [
          name,
          size && typeof size === 'object' ? { ...size, url: relative(size.url) } : size,
        ]),
      )
    : doc.sizes
  return { ...doc, sizes, thumbnailURL: relative(doc.thumbnailURL), url: relative(doc.url) } as Media
}
