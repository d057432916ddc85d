import type { Field } from 'payload'

import { committeeWrites } from '../access/fields'
import { CERTIFICATE_KIND_LABELS, CERTIFICATE_KINDS } from '../src/domain/certificates'

/**
 * A competition's certificate (issued with POST /api/competitions/:id/certificates): which kinds,
 * the lines at the top, the signers, and a background in place of the built-in design. Only the
 * committee reads it: signature images are private attachments, not public media.
 */
export const certificateSettingsField: Field = {
  name: 'certificate',
  type: 'group',
  access: { read: committeeWrites },
  admin: {
    description: 'Issued with POST /api/competitions/:id/certificates once the last stage’s results are published.',
  },
  fields: [
    {
      name: 'kinds',
      type: 'select',
      defaultValue: [...CERTIFICATE_KINDS],
      hasMany: true,
      options: CERTIFICATE_KINDS.map((value) => ({ label: CERTIFICATE_KIND_LABELS[value].en, value })),
    },
    {
      name: 'background',
      type: 'upload',
      admin: { description: 'A4 landscape PNG or JPEG (e.g. 3508 × 2480 px). Empty: the built-in design.' },
      filterOptions: { mimeType: { in: ['image/png', 'image/jpeg'] } },
      relationTo: 'media',
    },
    {
      name: 'titleLines',
      type: 'array',
      admin: { description: 'Printed at the top, e.g. the organiser and the event.' },
      fields: [{ name: 'text', type: 'text', maxLength: 120, required: true }],
      maxRows: 3,
    },
    {
      name: 'signers',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 120, required: true },
            { name: 'role', type: 'text', maxLength: 120, required: true },
            {
              name: 'signature',
              type: 'upload',
              admin: { description: 'PNG (transparent background) or JPEG.' },
              filterOptions: { mimeType: { in: ['image/png', 'image/jpeg'] } },
              relationTo: 'attachments',
            },
          ],
        },
      ],
      maxRows: 3,
    },
  ],
}
