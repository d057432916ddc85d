import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { ANNOUNCEMENTS_TAG, PUBLIC_REVALIDATE_SECONDS } from '../shared/cacheTags'
import { ANNOUNCEMENT_LIST } from './announcementList'

/**
 * A competition's public announcements published by now, newest first, as an anonymous visitor
 * reads them; cached, refreshed when an announcement changes, and at least every
 * PUBLIC_REVALIDATE_SECONDS so a scheduled one appears soon after its time.
 */
export const publicAnnouncements = (competitionId: number | string) =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config })
      return (
        await payload.find({
          ...ANNOUNCEMENT_LIST,
          user: null,
          where: {
            and: [
              { competition: { equals: competitionId } },
              { audience: { equals: 'public' } },
              { publishAt: { less_than_equal: new Date().toISOString() } },
            ],
          },
        })
      ).docs
    },
    ['public-announcements', String(competitionId)],
    { revalidate: PUBLIC_REVALIDATE_SECONDS, tags: [ANNOUNCEMENTS_TAG] },
  )()
