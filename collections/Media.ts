import type { CollectionConfig } from 'payload'

import { anyone, committeeOnly } from '../access'
import { relativeFileUrls } from '../hooks/media/relativeFileUrls'
import { checkUploadedFile } from '../hooks/shared/checkUploadedFile'
import { MEGABYTE, uploadDir } from '../src/config/uploads'
import { DOCUMENT_AND_IMAGE_KINDS, mimeTypesOf } from '../src/uploads/fileTypes'
import { publicFileHeaders } from '../src/uploads/responseHeaders'

/** Public files: competition posters and guidebooks. */
export const MEDIA_MAX_BYTES = 10 * MEGABYTE

const WEBP = { format: 'webp', options: { quality: 80 } } as const

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    create: committeeOnly,
    delete: committeeOnly,
    read: anyone,
    update: committeeOnly,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    group: 'Competitions',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: 'What the image shows, for screen readers.' },
      maxLength: 300,
    },
  ],
  hooks: {
    afterRead: [relativeFileUrls],
    beforeOperation: [checkUploadedFile(() => ({ allowed: DOCUMENT_AND_IMAGE_KINDS, maxBytes: MEDIA_MAX_BYTES }))],
  },
  upload: {
    adminThumbnail: 'thumbnail',
    // Payload checks the content against this list too; ours adds the name check and the cap.
    mimeTypes: mimeTypesOf(DOCUMENT_AND_IMAGE_KINDS),
    modifyResponseHeaders: publicFileHeaders,
    // The widths a poster's srcset offers (src/app/(frontend)/[lang]/Poster.tsx): a phone, a card in the
    // home grid, the competition page on a wide screen or a dense one. WebP at quality 80 is about a
    // third of the PNG/JPEG bytes at these sizes; the original keeps its own format.
    imageSizes: [
      { name: 'thumbnail', formatOptions: WEBP, width: 320 },
      { name: 'card', formatOptions: WEBP, width: 768 },
      { name: 'large', formatOptions: WEBP, width: 1280 },
    ],
    // Fetching a pasted URL on the server would let anyone make the server request any address.
    pasteURL: false,
    staticDir: uploadDir('media'),
    withMetadata: false,
  },
}
