import sharp from 'sharp'

/**
 * Decompression bombs (issue 8 item 9): a PNG of a few kilobytes may declare 16000 × 16000
 * pixels, and decoding it costs seconds of CPU and hundreds of megabytes. An image's size is
 * read from its header alone (sharp's `metadata()` decodes no pixels) and refused above
 * MAX_IMAGE_PIXELS before anything decodes it; re-encoding also passes the cap to sharp as
 * `limitInputPixels`, and stores at most MAX_STORED_IMAGE_SIDE pixels on the longer side.
 */
export const MAX_IMAGE_PIXELS = 40_000_000
export const MAX_STORED_IMAGE_SIDE = 4_000

const megapixels = (pixels: number): string => `${Math.round(pixels / 100_000) / 10} megapixels`

/** A sentence saying why the image is refused, or null when its declared size is acceptable. */
export const imageSizeError = async (data: Uint8Array, name: string): Promise<null | string> => {
  let width: number | undefined
  let height: number | undefined
  try {
    ;({ height, width } = await sharp(data).metadata())
  } catch {
    return `"${name}" could not be read as an image; it may be damaged.`
  }
  if (!width || !height) return `"${name}" does not say how large it is, so it cannot be checked; export it again and upload that.`
  if (width * height > MAX_IMAGE_PIXELS) {
    return `"${name}" is ${width} × ${height} pixels (${megapixels(width * height)}); images may have at most ${megapixels(MAX_IMAGE_PIXELS)}. Resize it (for example to ${MAX_STORED_IMAGE_SIDE} pixels on the longer side) and upload it again.`
  }
  return null
}
