import type { FieldHook } from 'payload'

import type { Competition } from '../../src/payload-types'

import { slugify } from '../../src/domain/slug'

/** A competition's slug is made from its title unless the committee typed one. */
export const deriveSlugFromTitle: FieldHook<Competition, null | string | undefined> = ({ data, value }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  return typeof data?.title === 'string' ? slugify(data.title) || undefined : value
}
