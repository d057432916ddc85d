import type { CollectionConfig } from 'payload'

import { adminsOnly, committeeOnly } from '../access'
import { attachmentReadAccess } from '../access/attachments'
import { recordOwner } from '../hooks/attachments/recordOwner'
import { checkUploadedFile, type UploadRules } from '../hooks/shared/checkUploadedFile'
import { MEGABYTE, uploadDir } from '../src/config/uploads'
import { DOCUMENT_AND_IMAGE_KINDS, mimeTypesOf, SUBMISSION_FILE_KINDS } from '../src/uploads/fileTypes'

const megabytesFromEnv = (name: string, fallback: number): number => {
  const megabytes = Number(process.env[name] || fallback)
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : fallback) * MEGABYTE
}

/**
 * Documents (student cards, payment proofs): images or PDF, ATTACHMENT_MAX_MB (default 5).
 * Submission files: any kind a stage may accept, up to SUBMISSION_MAX_MB (default 100); the
 * stage's own types and size limit are checked when the file is submitted.
 */
export const attachmentRules = (data: Record<string, unknown>): UploadRules =>
  data.purpose === 'submission'
    ? { allowed: SUBMISSION_FILE_KINDS, maxBytes: megabytesFromEnv('SUBMISSION_MAX_MB', 100) }
    : { allowed: DOCUMENT_AND_IMAGE_KINDS, maxBytes: megabytesFromEnv('ATTACHMENT_MAX_MB', 5) }

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
  // Participants write these: a staff member's open editor must never answer their save with 423.
  lockDocuments: false,
  fields: [
    {
      name: 'purpose',
      type: 'select',
      access: { update: () => false },
      admin: { position: 'sidebar' },
      defaultValue: 'document',
      options: [
        { label: 'Registration document', value: 'document' },
        { label: 'Submission file', value: 'submission' },
      ],
      required: true,
    },
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
    beforeOperation: [checkUploadedFile(attachmentRules)],
  },
  upload: {
    adminThumbnail: 'preview',
    imageSizes: [{ name: 'preview', width: 640 }],
    mimeTypes: mimeTypesOf(SUBMISSION_FILE_KINDS),
    pasteURL: false,
    staticDir: uploadDir('attachments'),
    withMetadata: false,
  },
}
