import type { CollectionConfig, PayloadRequest } from 'payload'

import { adminsOnly, committeeOnly, isCommittee } from '../access'
import { attachmentReadAccess } from '../access/attachments'
import { isOnVerifiedTeamWithOpenStage } from '../access/teams'
import { enforceUploadQuota } from '../hooks/attachments/enforceUploadQuota'
import { recordOwner } from '../hooks/attachments/recordOwner'
import { checkUploadedFile, type UploadRules } from '../hooks/shared/checkUploadedFile'
import { MEGABYTE, uploadDir } from '../src/config/uploads'
import { DOCUMENT_AND_IMAGE_KINDS, mimeTypesOf, SUBMISSION_FILE_KINDS } from '../src/uploads/fileTypes'
import { privateFileHeaders } from '../src/uploads/responseHeaders'

const megabytesFromEnv = (name: string, fallback: number): number => {
  const megabytes = Number(process.env[name] || fallback)
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : fallback) * MEGABYTE
}

/**
 * Documents (student cards, payment proofs): images or PDF, ATTACHMENT_MAX_MB (default 5).
 * Submission files: any kind a stage may accept, up to SUBMISSION_MAX_MB (default 100), for
 * members of a verified team while one of its stages is open (and the committee); anyone else
 * gets the document cap, so an account cannot park 100 MB files without a stage to submit to.
 * The stage's own types and size limit are checked when the file is submitted.
 */
export const attachmentRules = async (data: Record<string, unknown>, req: PayloadRequest): Promise<UploadRules> => {
  const documentCap = megabytesFromEnv('ATTACHMENT_MAX_MB', 5)
  if (data.purpose !== 'submission') return { allowed: DOCUMENT_AND_IMAGE_KINDS, maxBytes: documentCap }
  const user = req.user
  if (user && (isCommittee(user) || (await isOnVerifiedTeamWithOpenStage(req, user.id)))) {
    return { allowed: SUBMISSION_FILE_KINDS, maxBytes: megabytesFromEnv('SUBMISSION_MAX_MB', 100) }
  }
  return {
    allowed: SUBMISSION_FILE_KINDS,
    maxBytes: documentCap,
    sizeNote: 'Larger submission files are accepted from members of a verified team while one of its stages is open for submissions.',
  }
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
  // What a file inside another document carries (a member's student card, a payment proof, a
  // submission's file): what it is and where to fetch it — id, filename, type, size, url and its
  // uploader's id. Its image sizes, dimensions and timestamps are for reading the file itself
  // (GET /api/attachments/:id). Named as what is left out, so that what the url is computed from
  // (the filename; with object storage, `prefix` and `_objectKey`) stays and it is the same url.
  defaultPopulate: {
    createdAt: false,
    focalX: false,
    focalY: false,
    height: false,
    purpose: false,
    sizes: false,
    thumbnailURL: false,
    updatedAt: false,
    width: false,
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
      // The uploader's account is populated when the file itself is read, not when the file sits
      // inside another document: every student card in a list of registrations carried its
      // uploader's whole account (a third of the committee's list at default depth).
      maxDepth: 1,
      relationTo: 'users',
    },
  ],
  hooks: {
    beforeChange: [recordOwner],
    // The file is checked (and re-encoded) first, so the quota counts the size stored.
    beforeOperation: [checkUploadedFile(attachmentRules), enforceUploadQuota],
  },
  upload: {
    adminThumbnail: 'preview',
    imageSizes: [{ name: 'preview', width: 640 }],
    mimeTypes: mimeTypesOf(SUBMISSION_FILE_KINDS),
    modifyResponseHeaders: privateFileHeaders,
    pasteURL: false,
    staticDir: uploadDir('attachments'),
    withMetadata: false,
  },
}
