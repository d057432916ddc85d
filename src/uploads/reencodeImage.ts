import sharp from 'sharp'

import type { FileKind } from './fileTypes'

/**
 * Re-encodes an image in its own format. Sharp writes no metadata unless asked, so EXIF
 * (GPS positions on phone photos of student cards), ICC comments and anything appended
 * after the image data are dropped. `rotate()` bakes the EXIF orientation in first.
 */
export const reencodeImage = async (data: Uint8Array, kind: FileKind): Promise<Buffer> => {
  const image = sharp(data, { failOn: 'error' }).rotate()
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
