import type { CollectionConfig } from 'payload'

import { RATE_LIMITS_SLUG } from '../src/db/countRequest'

const nobody = () => false

/**
 * Request counts behind the rate limits (access/rateLimit.ts): one row per key (a bucket and a
 * hashed client address or email), its window's start and its count. Kept in the database so
 * every instance counts together. Written only by src/db/countRequest.ts; no API, no admin.
 */
export const RateLimits: CollectionConfig<'rate-limits'> = {
  slug: RATE_LIMITS_SLUG,
  access: { create: nobody, delete: nobody, read: nobody, readVersions: nobody, update: nobody },
  admin: { group: 'System', hidden: true },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'windowStart', type: 'date', required: true },
    { name: 'count', type: 'number', required: true },
  ],
  graphQL: false,
  timestamps: false,
}
