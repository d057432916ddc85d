import type { CollectionConfig } from 'payload'

import { committeeOnly, isCommittee } from '../access'
import { refuseRewrites } from '../hooks/auditEvents/refuseRewrites'
import { AUDIT_EVENTS } from '../src/audit/recordAuditEvent'

const nobody = () => false

const readOnly = { readOnly: true } as const

/**
 * What was changed, by whom, and from what to what: reviews, fees, team details, scores,
 * results, advancement, roles and emails, deletions (see src/audit/). Written only by the
 * server (src/audit/recordAuditEvent.ts), in the change's transaction; nobody creates, edits or
 * deletes an event through any API, admins included (no GraphQL mutations, no bulk operations),
 * so the record cannot be rewritten after the fact. Only the committee reads them.
 */
export const AuditEvents: CollectionConfig = {
  slug: AUDIT_EVENTS,
  access: { create: nobody, delete: nobody, read: committeeOnly, readVersions: nobody, update: nobody },
  admin: {
    defaultColumns: ['createdAt', 'action', 'collectionSlug', 'documentId', 'actorName', 'actorEmail'],
    group: 'System',
    hidden: ({ user }) => !isCommittee(user),
    listSearchableFields: ['action', 'documentId', 'actorEmail', 'actorName'],
    useAsTitle: 'action',
  },
  defaultSort: '-createdAt',
  disableBulkDelete: true,
  disableBulkEdit: true,
  disableDuplicate: true,
  fields: [
    { name: 'action', type: 'text', admin: readOnly, index: true, required: true },
    {
      name: 'actor',
      type: 'relationship',
      admin: { description: 'Empty when the server acted on its own, or once the account was deleted.', readOnly: true },
      index: true,
      relationTo: 'users',
    },
    // Copied from the account when the event is written: deleting it empties `actor`, not these.
    {
      type: 'row',
      fields: [
        { name: 'actorName', type: 'text', admin: readOnly, label: 'Actor name' },
        { name: 'actorEmail', type: 'text', admin: readOnly, index: true, label: 'Actor email' },
        { name: 'actorRole', type: 'text', admin: readOnly, label: 'Actor role' },
      ],
    },
    { name: 'collectionSlug', type: 'text', admin: readOnly, index: true, label: 'Collection', required: true },
    { name: 'documentId', type: 'text', admin: readOnly, index: true, label: 'Document', required: true },
    { name: 'before', type: 'json', admin: readOnly },
    { name: 'after', type: 'json', admin: readOnly },
  ],
  graphQL: { disableMutations: true },
  hooks: { beforeOperation: [refuseRewrites] },
  // A document's history, newest first (the registration edit view's timeline).
  indexes: [{ fields: ['collectionSlug', 'documentId', 'createdAt'] }],
  // Nobody edits an event, so nobody needs to lock one.
  lockDocuments: false,
  timestamps: true,
}
