import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Submission } from '../../src/payload-types'

import { setHasSubmitted } from '../../src/review/submittedFlag'
import { idOf } from '../../src/shared/idOf'

/** A team's first submission (any stage) marks its registration `hasSubmitted`, for the committee's "verified without submission" filter. */
export const markTeamSubmitted: CollectionAfterChangeHook<Submission> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await setHasSubmitted(req, idOf(doc.registration) as string)
  return doc
}

/** A deleted submission (admins only) may have been the team's last one. */
export const unmarkTeamSubmitted: CollectionAfterDeleteHook<Submission> = async ({ doc, req }) => {
  await setHasSubmitted(req, idOf(doc.registration) as string)
  return doc
}
