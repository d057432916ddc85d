import { responsiveImage } from '@/frontend/responsiveImage'

/**
 * An uploaded image as a responsive <img>. `sizes` says how wide it is drawn, so the browser
 * downloads the smallest file that fills it. The first poster of a page is likely its largest
 * paint: `priority` loads it at once and before other images; the rest wait until they near the
 * viewport.
 */
export function Poster({
  className,
  media,
  priority = false,
  sizes,
}: {
  className?: string
  media: unknown
  priority?: boolean
  sizes: string
}) {
  const image = responsiveImage(media)
  if (!image) return null
  return (
    <img
      alt={image.alt}
      className={className}
      decoding="async"
      fetchPriority={priority ? 'high' : undefined}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      sizes={sizes}
      src={image.src}
      srcSet={image.srcSet}
      width={image.width}
    />
  )
}
