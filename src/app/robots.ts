import type { MetadataRoute } from 'next'

import { robotsRules } from '@/domain/seo'
import { siteUrl } from '@/frontend/siteUrl'

// SERVER_URL is read when served, not baked in at build time.
export const dynamic = 'force-dynamic'

/** /robots.txt: the public site is crawlable; /admin and /api are not; the sitemap lists the pages. */
export default function robots(): MetadataRoute.Robots {
  return robotsRules(siteUrl())
}
