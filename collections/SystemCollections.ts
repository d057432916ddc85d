import type { SanitizedConfig } from 'payload'

import { createLockAccess, lockAccess, nobody } from '../access/lockedDocuments'
import { checkBodyShape } from '../hooks/root/checkBodyShape'
import { lockAsRequester } from '../hooks/root/lockAsRequester'

/**
 * Collections Payload adds itself (after plugins run, so only the finished config can change
 * them) keep its defaults unless declared here:
 * - `payload-locked-documents`: the committee's (a judge reads and releases only their own), and a
 *   lock is always its requester's (see access/lockedDocuments.ts). Collections participants write
 *   do not lock at all (`lockDocuments: false` on registrations, submissions, attachments and
 *   users), so nobody receives 423 because a staff member has their document open.
 * - `payload-migrations`: no API access (it has no endpoints or GraphQL either).
 * - `payload-preferences` keeps Payload's rule: each account reads and writes only its own.
 * - The `payload-jobs-stats` global (when a job runs on a schedule, Payload keeps when each was last
 *   queued there): no API access; Payload's default would let any logged-in account read and
 *   overwrite it, and so stop or flood the scheduled sweeps.
 */
export const restrictSystemCollections = async (pending: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const config = await pending
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') {
      collection.access = { ...collection.access, create: createLockAccess, delete: lockAccess, read: lockAccess, update: lockAccess }
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), lockAsRequester]
      // Only lockable collections may be named (Payload itself stored a lock on any slug).
      collection.hooks.beforeOperation = [checkBodyShape, ...(collection.hooks.beforeOperation ?? [])]
    }
    if (collection.slug === 'payload-migrations') {
      collection.access = { ...collection.access, create: nobody, delete: nobody, read: nobody, update: nobody }
    }
  }
  for (const global of config.globals ?? []) {
    if (global.slug === 'payload-jobs-stats') {
      global.access = { ...global.access, read: nobody, readVersions: nobody, update: nobody }
    }
  }
  return config
}
