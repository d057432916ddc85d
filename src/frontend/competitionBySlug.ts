import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/** A competition the visitor may see (published, unless they are committee), or null. */
export const competitionBySlug = async (payload: Payload, slug: string, user: null | User) =>
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
