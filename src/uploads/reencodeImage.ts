import sharp from 'sharp'

import type { FileKind } from './fileTypes'

import { MAX_IMAGE_PIXELS, MAX_STORED_IMAGE_SIDE } from './imageSize'

/**
 * Re-encodes an image in its own format. Sharp writes no metadata unless asked, so EXIF
 * (GPS positions on phone photos of student cards), ICC comments and anything appended
 * after the image data are dropped. `rotate()` bakes the EXIF orientation in first. Larger
 * images are scaled down to MAX_STORED_IMAGE_SIDE, and sharp refuses to decode more than
 * MAX_IMAGE_PIXELS (the header was checked before: see imageSize.ts).
 */
export const reencodeImage = async (data: Uint8Array, kind: FileKind): Promise<Buffer> => {
  const image = sharp(data, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .resize({ fit: 'inside', height: MAX_STORED_IMAGE_SIDE, width: MAX_STORED_IMAGE_SIDE, withoutEnlargement: true })
  switch (kind) {
    case 'jpeg':
      return image.jpeg({ mozjpeg: true, quality: 90 }).toBuffer()
    case 'png':
      return image.png().toBuffer()
    case 'webp':
      return image.webp({ quality: 90 }).toBuffer()
    default:
      throw new Error(`reencodeImage: ${kind} is not an image kind`)
  }
}
