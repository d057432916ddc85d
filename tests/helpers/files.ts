import sharp from 'sharp'

export { simplePdf } from '../../src/seed/pdf'

export const png = (width = 64, height = 48): Promise<Buffer> =>
  sharp({ create: { background: '#3366ff', channels: 3, height, width } }).png().toBuffer()

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
