import type { CollectionConfig } from 'payload'

import { adminsOnly, committeeOnly } from '../access'
import { attachmentReadAccess } from '../access/attachments'
import { recordOwner } from '../hooks/attachments/recordOwner'
import { checkUploadedFile } from '../hooks/shared/checkUploadedFile'
import { MEGABYTE, uploadDir } from '../src/config/uploads'
import { DOCUMENT_AND_IMAGE_KINDS, mimeTypesOf } from '../src/uploads/fileTypes'

/** The size cap for private documents, from ATTACHMENT_MAX_MB (default 5). */
export const attachmentMaxBytes = (): number => {
  const megabytes = Number(process.env.ATTACHMENT_MAX_MB || 5)
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 5) * MEGABYTE
}

/** Private files: payment proofs, student cards (KTM) and, later, submission files. */
export const Attachments: CollectionConfig<'attachments'> = {
  slug: 'attachments',
  access: {
    // Any logged-in account uploads its own documents; what they are attached to decides the rest.
    create: ({ req: { user } }) => Boolean(user),
    delete: adminsOnly,
    read: attachmentReadAccess,
    update: committeeOnly,
  },
  admin: {
    defaultColumns: ['filename', 'owner', 'mimeType', 'filesize', 'createdAt'],
    group: 'Registrations',
  },
  fields: [
    {
      name: 'owner',
      type: 'relationship',
      access: { update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      index: true,
      relationTo: 'users',
    },
  ],
  hooks: {
    beforeChange: [recordOwner],
    beforeOperation: [checkUploadedFile({ allowed: DOCUMENT_AND_IMAGE_KINDS, maxBytes: attachmentMaxBytes })],
  },
  upload: {
    adminThumbnail: 'preview',
    imageSizes: [{ name: 'preview', width: 640 }],
    mimeTypes: mimeTypesOf(DOCUMENT_AND_IMAGE_KINDS),
    pasteURL: false,
    staticDir: uploadDir('attachments'),
    withMetadata: false,
  },
}
