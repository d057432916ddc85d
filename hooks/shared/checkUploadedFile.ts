import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import { type FileKind, IMAGE_KINDS, inspectFile } from '../../src/uploads/fileTypes'
import { imageSizeError } from '../../src/uploads/imageSize'
import { reencodeImage } from '../../src/uploads/reencodeImage'

/**
 * Upload collections run every incoming file through this before Payload stores it: the
 * content decides the type (see inspectFile), the size cap is the collection's own, and
 * images are re-encoded so no metadata or smuggled bytes reach the disk.
 */
export type UploadRules = {
  allowed: readonly FileKind[]
  maxBytes: number
  /** Added to the "too large" answer: why the cap is what it is here. */
  sizeNote?: string
}

export const checkUploadedFile =
  <TSlug extends CollectionSlug>(
    rulesFor: (data: Record<string, unknown>, req: PayloadRequest) => Promise<UploadRules> | UploadRules,
  ): CollectionBeforeOperationHook<TSlug> =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const rules = await rulesFor((args as { data?: Record<string, unknown> }).data ?? {}, req)
    const verdict = await inspectFile(file, rules)
    const refuse = (message: string) =>
      new ValidationError({ collection: collection.slug, errors: [{ message, path: 'file' }], req }, req.t)
    if (!verdict.ok) {
      if (verdict.reason === 'too-large') {
        throw new APIError(rules.sizeNote ? `${verdict.message} ${rules.sizeNote}` : verdict.message, 413, null, true)
      }
      throw refuse(verdict.message)
    }
    file.mimetype = verdict.mime
    if (IMAGE_KINDS.includes(verdict.kind)) {
      // From the header only: a decompression bomb is refused before anything decodes it.
      const tooLarge = await imageSizeError(file.data, file.name)
      if (tooLarge) throw refuse(tooLarge)
      try {
        file.data = await reencodeImage(file.data, verdict.kind)
      } catch {
        throw refuse(`"${file.name}" could not be read as an image; it may be damaged.`)
      }
      file.size = file.data.byteLength
    }
    return args
  }
