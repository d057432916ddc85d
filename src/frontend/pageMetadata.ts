import type { Metadata } from 'next'

import type { Media } from '@/payload-types'

import { absoluteUrl, pageAlternates, type SiteLanguage } from '@/domain/seo'
import { seoWords } from '@/i18n/seo'

import { siteUrl } from './siteUrl'

const siteLanguage = (lang: string): SiteLanguage => (lang === 'en' ? 'en' : 'id')

/** A poster as an absolute image for link previews, with its size when Payload knows it. */
export const posterImage = (poster: unknown) => {
  const media = poster && typeof poster === 'object' ? (poster as Media) : null
  if (!media?.url) return null
  return {
    alt: media.alt ?? '',
    height: media.height ?? undefined,
    url: absoluteUrl(siteUrl(), media.url),
    width: media.width ?? undefined,
  }
}

/**
 * A public page's title, description, canonical address, hreflang alternates, OpenGraph and
 * Twitter card. `path` is what follows the language ('' for home). Pages set all of it: Next
 * replaces a layout's openGraph object rather than merging into it.
 */
export const pageMetadata = ({
  description,
  image,
  lang,
  path,
  title,
  titleIsComplete = false,
  type = 'website',
}: {
  description: string
  image?: null | ReturnType<typeof posterImage>
  lang: string
  path: string
  title: string
  /** The home page: the layout's '%s · ContestKit' template only reaches pages below it, so it says it itself. */
  titleIsComplete?: boolean
  type?: 'article' | 'website'
}): Metadata => {
  const language = siteLanguage(lang)
  const alternates = pageAlternates(siteUrl(), language, path)
  const images = image ? [image] : undefined
  return {
    alternates,
    description,
    openGraph: {
      alternateLocale: [seoWords(language === 'en' ? 'id' : 'en').locale],
      description,
      images,
      locale: seoWords(language).locale,
      siteName: 'ContestKit',
      title,
      type,
      url: alternates.canonical,
    },
    title: titleIsComplete ? { absolute: `${title} · ContestKit` } : title,
    twitter: { card: image ? 'summary_large_image' : 'summary', description, images: image ? [image.url] : undefined, title },
  }
}

/**
 * Pages that are personal or opened from a one-time link (account, dashboard, invitations, email
 * and password links): nothing for a search engine, and a token in the address must not be indexed.
 */
export const notIndexed = (title: string): Metadata => ({ robots: { follow: false, index: false }, title })

/** A public page without content of its own (log in, sign up…): its title, canonical and hreflang. */
export const simplePageMetadata = (lang: string, path: string, title: string): Metadata => ({
  alternates: pageAlternates(siteUrl(), siteLanguage(lang), path),
  title,
})
