import type { Payload } from 'payload'

import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import type { User } from '@/payload-types'

import { isCommittee } from '../../access/roles'
import { COMPETITIONS_TAG } from '../shared/cacheTags'

const publicFind = (where: object, limit: number, sort?: string) =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config })
      return (
        await payload.find({ collection: 'competitions', depth: 1, limit, overrideAccess: false, sort, user: null, where: where as never })
      ).docs
    },
    ['public-competitions', JSON.stringify({ limit, sort, where })],
    { revalidate: 3600, tags: [COMPETITIONS_TAG] },
  )()

/** A published competition as anyone sees it, or null: cached, refreshed whenever a competition changes. */
export const publicCompetitionBySlug = async (slug: string) => (await publicFind({ slug: { equals: slug } }, 1))[0] ?? null

/**
 * A competition the visitor may see, or null. What the public sees is cached (and refreshed
 * whenever a competition changes); the committee, who may preview drafts, reads it fresh.
 */
export const competitionBySlug = async (payload: Payload, slug: string, user: null | User) => {
  if (isCommittee(user)) {
    return (
      (
        await payload.find({
          collection: 'competitions',
          depth: 1,
          limit: 1,
          overrideAccess: false,
          user,
          where: { slug: { equals: slug } },
        })
      ).docs[0] ?? null
    )
  }
  return publicCompetitionBySlug(slug)
}

/** Published competitions whose registration has not closed yet, soonest first (cached). */
export const upcomingCompetitions = () =>
  // Rounded to the hour so the cache key (and entry) changes once an hour, not every request.
  publicFind(
    { registrationClosesAt: { greater_than: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString() } },
    50,
    'registrationOpensAt',
  )
