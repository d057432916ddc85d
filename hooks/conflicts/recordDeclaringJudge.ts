import type { CollectionBeforeChangeHook } from 'payload'

import type { Conflict } from '../../src/payload-types'

/** The judge of a declared conflict is whoever declares it. */
export const recordDeclaringJudge: CollectionBeforeChangeHook<Conflict> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.judge = req.user.id
  return data
}
