import type { PDFNumber } from 'pdf-lib'

import jsQR from 'jsqr'
import zlib from 'node:zlib'
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'

/**
 * drizzle-kit (the schema push the integration tests run) adds an enumerable `Array.prototype.random`,
 * and pdf.js refuses to start beside one; hiding it from enumeration changes nothing else.
 */
const quietArrayPrototype = () => {
  for (const name of Object.keys(Array.prototype)) Object.defineProperty(Array.prototype, name, { enumerable: false })
}

/** The text of every page of a PDF, as pdf.js (what browsers use) extracts it, one line per text run. */
export const pdfText = async (bytes: Uint8Array): Promise<string> => {
  quietArrayPrototype()
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise
  const lines: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    for (const item of content.items) if ('str' in item && item.str.trim()) lines.push(item.str)
  }
  await document.destroy()
  return lines.join('\n')
}

/**
 * The texts of the QR codes among a PDF's embedded images: each image XObject is inflated back to
 * its pixels (pdf-lib stores PNGs as Flate-compressed RGB or grey samples) and handed to jsQR.
 */
export const pdfQrCodes = async (bytes: Uint8Array): Promise<string[]> => {
  const pdf = await PDFDocument.load(bytes)
  const found: string[] = []
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue
    const dict = object.dict
    if (dict.get(PDFName.of('Subtype'))?.toString() !== '/Image') continue
    if (dict.get(PDFName.of('Filter'))?.toString() !== '/FlateDecode') continue
    const width = (dict.get(PDFName.of('Width')) as PDFNumber).asNumber()
    const height = (dict.get(PDFName.of('Height')) as PDFNumber).asNumber()
    const samples = zlib.inflateSync(Buffer.from(object.contents))
    const channels = samples.length / (width * height)
    if (channels !== 1 && channels !== 3) continue
    const rgba = new Uint8ClampedArray(width * height * 4)
    for (let pixel = 0; pixel < width * height; pixel++) {
      for (let channel = 0; channel < 3; channel++) rgba[pixel * 4 + channel] = samples[pixel * channels + (channels === 3 ? channel : 0)]
      rgba[pixel * 4 + 3] = 255
    }
    const decoded = jsQR(rgba, width, height)
    if (decoded) found.push(decoded.data)
  }
  return found
}
