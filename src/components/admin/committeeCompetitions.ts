import type { PayloadRequest } from 'payload'

import type { CompetitionsSelect } from '../../payload-types'

/**
 * The competitions an admin view lists for the committee member looking at it (the check-in desk,
 * the review queue): newest registration window first, at most 100, as the member's own read
 * access allows, only the fields the view shows.
 */
export const committeeCompetitions = async <TSelect extends CompetitionsSelect<true>>(req: PayloadRequest, select: TSelect) =>
  (
    await req.payload.find({
      collection: 'competitions',
      depth: 0,
      limit: 100,
      overrideAccess: false,
      req,
      select,
      sort: '-registrationOpensAt',
      user: req.user,
    })
  ).docs
