import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { HOLDING_STATUSES } from '@/domain/registration'

import { PUBLIC_REVALIDATE_SECONDS, registrationsTag } from '../shared/cacheTags'

/**
 * How many places a competition's teams hold, as the cached public pages show it. Kept in Next's
 * data cache under the competition's registrations tag, which a registration taking or giving
 * back a place expires (hooks/registrations/refreshPublicRegistrations.ts); pages that read it
 * carry the tag too, so they are rendered again with it. A write the hook cannot see (another
 * process, the database by hand) shows within PUBLIC_REVALIDATE_SECONDS.
 */
export const placesHeld = (competitionId: number | string): Promise<number> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config })
      return (
        await payload.count({
          collection: 'registrations',
          overrideAccess: true,
          where: { and: [{ competition: { equals: competitionId } }, { status: { in: [...HOLDING_STATUSES] } }] },
        })
      ).totalDocs
    },
    ['places-held', String(competitionId)],
    { revalidate: PUBLIC_REVALIDATE_SECONDS, tags: [registrationsTag(competitionId)] },
  )()
