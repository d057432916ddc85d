import zlib from 'node:zlib'
import sharp from 'sharp'

export { simplePdf } from '../../src/seed/pdf'

export const png = (width = 64, height = 48): Promise<Buffer> =>
  sharp({ create: { background: '#3366ff', channels: 3, height, width } })
    .png()
    .toBuffer()

/** A JPEG carrying EXIF data (an author and a comment), as a phone photo would. */
export const jpegWithExif = (): Promise<Buffer> =>
  sharp({ create: { background: '#ff6633', channels: 3, height: 40, width: 60 } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'exif-secret-artist', ImageDescription: 'exif-secret-location' } })
    .toBuffer()

export const svg = (): Buffer =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')

export const html = (): Buffer => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

/** Multipart body for a Payload upload: the file plus the document's other fields. */
export const uploadForm = (file: Buffer, name: string, type: string, data: Record<string, unknown> = {}): FormData => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return form
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer): number => {
  let crc = 0xffffffff
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A decompression bomb: a valid black-and-white PNG of `width` × `height` pixels (1 bit each,
 * all black) that is only a few kilobytes, because rows of zeros compress to almost nothing.
 * Decoded to 8-bit pixels, 16000 × 16000 is 256 MB.
 */
export const pngBomb = (width = 16_000, height = 16_000): Buffer => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // bit depth 1, greyscale, deflate, no filter, no interlace
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
