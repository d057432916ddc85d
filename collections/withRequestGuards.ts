import type { CollectionConfig } from 'payload'

import { checkBodyShape } from '../hooks/root/checkBodyShape'
import { checkQuery } from '../hooks/root/checkQuery'
import { countOperation } from '../hooks/root/countOperation'
import { refuseOversizedBody } from '../hooks/root/refuseOversizedBody'
import { noVersionEndpoints } from '../src/endpoints/noVersions'

/**
 * What every collection checks first, before its own hooks and before any database query:
 * the body's size and shape, the query's where/limit/page; and version routes answer 404 where
 * the collection keeps no versions. Before those, the operation is counted: access answers are
 * shared within one operation only (access/oncePerOperation.ts).
 */
export const withRequestGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [countOperation, refuseOversizedBody, checkBodyShape, checkQuery, ...(collection.hooks?.beforeOperation ?? [])],
  },
  endpoints:
    collection.versions || collection.endpoints === false ? collection.endpoints : [...noVersionEndpoints, ...(collection.endpoints ?? [])],
})
