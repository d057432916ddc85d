import type { MetadataRoute } from 'next'

import config from '@payload-config'
import { getPayload } from 'payload'

import { sitemapEntries } from '@/domain/seo'
import { siteUrl } from '@/frontend/siteUrl'

// Read at request time: a build has no database, and a new competition should appear without one.
export const dynamic = 'force-dynamic'

/**
 * /sitemap.xml: the home pages and every published competition (and its results once published)
 * in Indonesian and English. Read as an anonymous visitor (overrideAccess: false, no user), so
 * the collection's own read access keeps drafts out, as it does on the public pages.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'competitions',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { slug: true, stages: { resultsPublished: true }, updatedAt: true },
    sort: '-registrationOpensAt',
    user: null,
  })
  return sitemapEntries(
    siteUrl(),
    docs.map((competition) => ({
      hasPublishedResults: (competition.stages ?? []).some((stage) => stage.resultsPublished),
      slug: competition.slug,
      updatedAt: competition.updatedAt,
    })),
  )
}
