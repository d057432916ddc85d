import type { CollectionConfig } from 'payload'

import { committeeOnly, isCommittee } from '../access'
import { REMINDER_KINDS } from '../src/domain/reminders'

const nobody = () => false

/**
 * One row per reminder sent: which kind, for which competition and stage, to whom. The sweep
 * (src/reminders/sweep.ts) inserts the row before it queues the email, and the unique `key`
 * (kind + competition + stage + user) makes a second sweep, on this instance or another, a no-op.
 * Written only by the server; the committee reads them.
 */
export const ReminderDeliveries: CollectionConfig<'reminder-deliveries'> = {
  slug: 'reminder-deliveries',
  access: { create: nobody, delete: nobody, read: committeeOnly, update: nobody },
  admin: {
    defaultColumns: ['kind', 'competition', 'stage', 'user', 'createdAt'],
    group: 'System',
    hidden: ({ user }) => !isCommittee(user),
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'key', type: 'text', admin: { hidden: true }, required: true, unique: true },
    {
      name: 'kind',
      type: 'select',
      admin: { readOnly: true },
      index: true,
      options: REMINDER_KINDS.map((value) => ({ label: value, value })),
      required: true,
    },
    // Not required: deleting an account or a competition keeps the record of what was sent (its key).
    { name: 'competition', type: 'relationship', admin: { readOnly: true }, index: true, relationTo: 'competitions' },
    { name: 'stage', type: 'text', admin: { readOnly: true } },
    { name: 'user', type: 'relationship', admin: { readOnly: true }, index: true, relationTo: 'users' },
  ],
  lockDocuments: false,
  timestamps: true,
}
