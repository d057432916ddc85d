import type { Media } from '@/payload-types'

/** What an <img> needs to let the browser pick a file for its width: src, srcset, intrinsic size. */
export type ResponsiveImage = { alt: string; height: number; src: string; srcSet: string; width: number }

/**
 * An image upload as a responsive <img>: every size sharp made (collections/Media.ts imageSizes)
 * and the original, as width descriptors, smallest first. `src` (for browsers without srcset) is
 * the size closest to `fallbackWidth`. width/height are the original's, so the browser reserves
 * the box's aspect ratio before any byte arrives (no layout shift). Null for a document that is
 * not an image with known dimensions.
 */
export const responsiveImage = (media: unknown, fallbackWidth = 768): null | ResponsiveImage => {
  const doc = media && typeof media === 'object' ? (media as Media) : null
  if (!doc?.url || !doc.width || !doc.height || !doc.mimeType?.startsWith('image/')) return null
  const candidates = new Map<number, string>()
  for (const size of Object.values(doc.sizes ?? {})) {
    if (size?.url && size.width) candidates.set(size.width, size.url)
  }
  // The original last: an equal-width size (re-encoded, smaller) wins over it.
  if (!candidates.has(doc.width)) candidates.set(doc.width, doc.url)
  const ordered = [...candidates.entries()].sort(([a], [b]) => a - b)
  const fallback = ordered.find(([width]) => width >= fallbackWidth) ?? ordered[ordered.length - 1]
  return {
    alt: doc.alt ?? '',
    height: doc.height,
    src: fallback[1],
    srcSet: ordered.map(([width, url]) => `${url} ${width}w`).join(', '),
    width: doc.width,
  }
}
