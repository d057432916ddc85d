import type { CollectionConfig } from 'payload'

import { committeeOnly, isCommittee } from '../access'
import { AUDIT_EVENTS } from '../src/audit/recordAuditEvent'

const nobody = () => false

/**
 * What was changed, by whom, and from what to what, for changes that decide who may do what
 * (an account's email or institution, a member joining a team). Written only by the server
 * (src/audit/recordAuditEvent.ts); nobody creates, edits or deletes an event through any API,
 * admins included, so the record cannot be rewritten after the fact.
 */
export const AuditEvents: CollectionConfig = {
  slug: AUDIT_EVENTS,
  access: { create: nobody, delete: nobody, read: committeeOnly, update: nobody },
  admin: {
    defaultColumns: ['action', 'collectionSlug', 'documentId', 'actor', 'createdAt'],
    group: 'System',
    hidden: ({ user }) => !isCommittee(user),
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'action', type: 'text', admin: { readOnly: true }, index: true, required: true },
    {
      name: 'actor',
      type: 'relationship',
      admin: { description: 'Empty when the server acted on its own.', readOnly: true },
      index: true,
      relationTo: 'users',
    },
    { name: 'collectionSlug', type: 'text', admin: { readOnly: true }, index: true, label: 'Collection', required: true },
    { name: 'documentId', type: 'text', admin: { readOnly: true }, index: true, label: 'Document', required: true },
    { name: 'before', type: 'json', admin: { readOnly: true } },
    { name: 'after', type: 'json', admin: { readOnly: true } },
  ],
  timestamps: true,
}
