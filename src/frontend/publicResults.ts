import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import type { Competition } from '@/payload-types'

import { publicResults } from '@/judging/results'

import { COMPETITIONS_TAG, PUBLIC_REVALIDATE_SECONDS, registrationsTag } from '../shared/cacheTags'

/**
 * A competition's public results for the cached results page: refreshed when the competition
 * changes (a stage's results published or withdrawn) and when its registrations do (teams
 * advanced, placings).
 */
export const cachedPublicResults = (competition: Competition) =>
  unstable_cache(async () => publicResults(await getPayload({ config }), competition), ['public-results', String(competition.id)], {
    revalidate: PUBLIC_REVALIDATE_SECONDS,
    tags: [COMPETITIONS_TAG, registrationsTag(competition.id)],
  })()
