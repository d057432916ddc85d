import type { PayloadRequest, SelectType } from 'payload'

import type { Competition } from '../payload-types'

import { invalidField } from '../shared/refusals'

/**
 * A competition read inside the request's transaction, or a 400 naming the field when there is none.
 * With `select`, only those fields (and the id) are read: the whole document joins every stage,
 * prize and rubric.
 */
export const loadCompetition = async (req: PayloadRequest, id: string, select?: SelectType): Promise<Competition> => {
  const competition = await req.payload
    .findByID({ collection: 'competitions', depth: 0, disableErrors: true, id, overrideAccess: true, req, ...(select ? { select } : {}) })
    .catch(() => null)
  if (!competition) throw invalidField(req, 'competition', 'This competition does not exist.')
  return competition as Competition
}
