import type { CollectionConfig } from 'payload'

import { committeeOnly, isCommittee } from '../access'
import { DELIVERY_STATUSES } from '../src/announcements/deliveries'

const nobody = () => false

/**
 * One row per recipient of an announcement: written only by the server when the announcement is
 * dispatched (src/announcements/dispatch.ts) and when its email is sent or fails. The unique
 * (announcement, user) index makes a second email to the same person impossible, and the
 * announcement's queued/sent/failed counts are recounted from these rows, so concurrent jobs
 * never lose an increment.
 */
export const AnnouncementDeliveries: CollectionConfig<'announcement-deliveries'> = {
  slug: 'announcement-deliveries',
  access: { create: nobody, delete: nobody, read: committeeOnly, update: nobody },
  admin: {
    defaultColumns: ['announcement', 'user', 'status', 'updatedAt'],
    group: 'System',
    hidden: ({ user }) => !isCommittee(user),
  },
  fields: [
    { name: 'announcement', type: 'relationship', admin: { readOnly: true }, index: true, relationTo: 'announcements', required: true },
    // Not required: deleting an account leaves its deliveries counted, without the account.
    { name: 'user', type: 'relationship', admin: { readOnly: true }, index: true, relationTo: 'users' },
    {
      name: 'status',
      type: 'select',
      admin: { readOnly: true },
      defaultValue: 'queued',
      options: DELIVERY_STATUSES.map((value) => ({ label: value, value })),
      required: true,
    },
  ],
  indexes: [{ fields: ['announcement', 'user'], unique: true }],
  lockDocuments: false,
  timestamps: true,
}
