import type { CollectionConfig } from 'payload'

import { committeeOnly } from '../access'
import { announcementReadAccess } from '../access/announcements'
import { committeeWrites, systemField } from '../access/fields'
import { checkAudienceStage } from '../hooks/announcements/checkAudienceStage'
import { deleteDeliveries } from '../hooks/announcements/deleteDeliveries'
import { dispatchWhenPublished } from '../hooks/announcements/dispatchWhenPublished'
import {
  refreshPublicAnnouncementsAfterChange,
  refreshPublicAnnouncementsAfterDelete,
} from '../hooks/announcements/refreshPublicAnnouncements'
import { ANNOUNCEMENT_AUDIENCES, AUDIENCE_LABELS } from '../src/domain/announcements'

/** What the server counts: readable by the committee only, never written through the API. */
const counter = (name: 'failed' | 'queued' | 'sent', description: string) => ({
  name,
  type: 'number' as const,
  ...systemField,
  access: { ...systemField.access, read: committeeWrites },
  admin: { description, position: 'sidebar' as const, readOnly: true },
  defaultValue: 0,
})

/**
 * A competition's announcement to an audience. Once its publish time comes (at save, or later
 * by the announcements sweep, src/jobs/publishDueAnnouncements.ts) every member of the audience
 * is emailed once (src/announcements/dispatch.ts) and it shows on their dashboard; a public one
 * also shows on the competition's page.
 */
export const Announcements: CollectionConfig<'announcements'> = {
  slug: 'announcements',
  access: { create: committeeOnly, delete: committeeOnly, read: announcementReadAccess, update: committeeOnly },
  admin: {
    defaultColumns: ['title', 'competition', 'audience', 'publishAt', 'queued', 'sent', 'failed'],
    group: 'Competitions',
    useAsTitle: 'title',
  },
  defaultSort: '-publishAt',
  fields: [
    { name: 'competition', type: 'relationship', index: true, relationTo: 'competitions', required: true },
    { name: 'title', type: 'text', maxLength: 200, required: true },
    { name: 'body', type: 'richText', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'audience',
          type: 'select',
          admin: { description: 'Who sees it and is emailed. Emails go once, when it is published; later edits are not re-sent.' },
          defaultValue: 'registered',
          index: true,
          options: ANNOUNCEMENT_AUDIENCES.map((value) => ({ label: AUDIENCE_LABELS[value], value })),
          required: true,
        },
        {
          name: 'stage',
          type: 'text',
          admin: { condition: (data) => data?.audience === 'advanced', description: 'The key of the stage the teams advanced into.' },
          maxLength: 40,
        },
      ],
    },
    {
      name: 'publishAt',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Hidden from participants and not emailed until then.',
        position: 'sidebar',
      },
      defaultValue: () => new Date().toISOString(),
      index: true,
      required: true,
    },
    {
      name: 'dispatchedAt',
      type: 'date',
      ...systemField,
      access: { ...systemField.access, read: committeeWrites },
      admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'When its emails were queued.', position: 'sidebar', readOnly: true },
      index: true,
    },
    counter('queued', 'Emails waiting to be sent.'),
    counter('sent', 'Emails the mail server took.'),
    counter('failed', 'Emails that failed on every attempt.'),
  ],
  hooks: {
    afterChange: [dispatchWhenPublished, refreshPublicAnnouncementsAfterChange],
    afterDelete: [refreshPublicAnnouncementsAfterDelete],
    beforeChange: [checkAudienceStage],
    beforeDelete: [deleteDeliveries],
  },
  timestamps: true,
}
