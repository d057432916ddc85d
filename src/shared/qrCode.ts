import QRCode from 'qrcode'

/**
 * QR codes ContestKit prints (certificate verification links, check-in tickets). One place so every
 * code has the same error correction (M: survives a crease or a phone's glare) and quiet zone.
 */
const options = { errorCorrectionLevel: 'M', margin: 2 } as const

/** An SVG document for pages and emails (scales without blur; no image request needed inline). */
export const qrCodeSvg = (text: string): Promise<string> => QRCode.toString(text, { ...options, type: 'svg' })

/** A PNG for PDFs and attachments; `width` in pixels. */
export const qrCodePng = (text: string, width = 256): Promise<Buffer> => QRCode.toBuffer(text, { ...options, type: 'png', width })
