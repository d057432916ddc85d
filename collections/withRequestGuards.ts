import type { CollectionConfig } from 'payload'

import { checkBodyShape } from '../hooks/root/checkBodyShape'
import { checkQuery } from '../hooks/root/checkQuery'
import { refuseOversizedBody } from '../hooks/root/refuseOversizedBody'
import { noVersionEndpoints } from '../src/endpoints/noVersions'

/**
 * What every collection checks first, before its own hooks and before any database query:
 * the body's size and shape, the query's where/limit/page; and version routes answer 404 where
 * the collection keeps no versions.
 */
export const withRequestGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseOversizedBody, checkBodyShape, checkQuery, ...(collection.hooks?.beforeOperation ?? [])],
  },
  endpoints:
    collection.versions || collection.endpoints === false ? collection.endpoints : [...noVersionEndpoints, ...(collection.endpoints ?? [])],
})
