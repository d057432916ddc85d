import fontkit from '@pdf-lib/fontkit'
import fs from 'node:fs/promises'
import path from 'node:path'
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib'

import { CERTIFICATE_KIND_LABELS, type CertificateKind, fitFontSize, type Placing, PLACING_LABELS } from '../domain/certificates'
import { qrCodePng } from '../shared/qrCode'

/**
 * Noto Sans (SIL Open Font License 1.1, from the npm package @expo-google-fonts/noto-sans): it
 * covers every Latin letter with diacritics (Vietnamese, Turkish, Indonesian names), where the
 * PDF standard fonts only know WinAnsi. Read from node_modules; next.config.mjs traces the two
 * files into the standalone server.
 */
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans')
export const FONT_FILES = {
  bold: path.join(FONT_DIR, '700Bold', 'NotoSans_700Bold.ttf'),
  regular: path.join(FONT_DIR, '400Regular', 'NotoSans_400Regular.ttf'),
}

let fonts: Promise<{ bold: Buffer; regular: Buffer }> | undefined
const fontBytes = () => {
  fonts ??= Promise.all([fs.readFile(FONT_FILES.regular), fs.readFile(FONT_FILES.bold)]).then(([regular, bold]) => ({ bold, regular }))
  return fonts
}

export type CertificateContent = {
  /** A4 landscape JPEG or PNG drawn over the whole page; none: the built-in design. */
  background?: { bytes: Uint8Array; type: 'jpeg' | 'png' }
  code: string
  competitionTitle: string
  holderName: string
  issuedAt: Date
  kind: CertificateKind
  placing?: null | Placing
  signers: { name: string; role: string; signature?: { bytes: Uint8Array; type: 'jpeg' | 'png' } }[]
  teamName?: null | string
  titleLines: string[]
  verificationUrl: string
}

// A4 landscape in points.
const WIDTH = 841.89
const HEIGHT = 595.28
const INK = rgb(0.1, 0.13, 0.2)
const MUTED = rgb(0.35, 0.38, 0.45)
const ACCENT = rgb(0.11, 0.3, 0.85)
const GOLD = rgb(0.78, 0.62, 0.2)

const REASONS: Record<CertificateKind, { en: string; id: string }> = {
  finalist: { en: 'as a finalist of', id: 'sebagai finalis' },
  judge: { en: 'for serving as a judge of', id: 'atas pengabdiannya sebagai juri' },
  participation: { en: 'for taking part in', id: 'atas partisipasinya dalam' },
  winner: { en: 'in', id: 'dalam' },
}

const dateOf = (date: Date) =>
  `${date.toLocaleDateString('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' })} · ${date.toLocaleDateString('en-GB', {
    dateStyle: 'long',
    timeZone: 'Asia/Jakarta',
  })}`

/** Centred text, shrunk to fit `maxWidth` (never overflowing the page). */
const centred = (
  page: PDFPage,
  raw: string,
  options: { color?: ReturnType<typeof rgb>; font: PDFFont; maxWidth?: number; size: number; y: number; x?: number },
) => {
  // Composed form: a name typed as a letter plus a combining accent prints as the one accented letter.
  const text = raw.normalize('NFC')
  const maxWidth = options.maxWidth ?? WIDTH - 160
  const size = fitFontSize(options.font.widthOfTextAtSize(text, 1), maxWidth, options.size)
  const width = options.font.widthOfTextAtSize(text, size)
  const x = options.x ?? WIDTH / 2
  page.drawText(text, { color: options.color ?? INK, font: options.font, size, x: x - width / 2, y: options.y })
}

const drawBuiltInDesign = (page: PDFPage) => {
  page.drawRectangle({ color: rgb(0.99, 0.98, 0.95), height: HEIGHT, width: WIDTH, x: 0, y: 0 })
  page.drawRectangle({ borderColor: ACCENT, borderWidth: 6, height: HEIGHT - 40, width: WIDTH - 40, x: 20, y: 20 })
  page.drawRectangle({ borderColor: GOLD, borderWidth: 1.5, height: HEIGHT - 64, width: WIDTH - 64, x: 32, y: 32 })
}

/** One certificate as a one-page A4 landscape PDF, with the fonts it uses embedded (subset). */
export const renderCertificate = async (content: CertificateContent): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  pdf.setTitle(`${CERTIFICATE_KIND_LABELS[content.kind].en} — ${content.holderName}`)
  pdf.setCreator('ContestKit')
  pdf.setProducer('ContestKit')
  const { bold: boldBytes, regular: regularBytes } = await fontBytes()
  // Without glyph composition (ccmp) every accented letter is its own precomposed glyph: with it,
  // fontkit splits "ị" into "i" + a dot, and pdf-lib's text map then reads every "i" as "ị".
  const features = { ccmp: false }
  const regular = await pdf.embedFont(regularBytes, { features, subset: true })
  const bold = await pdf.embedFont(boldBytes, { features, subset: true })
  const page = pdf.addPage([WIDTH, HEIGHT])

  if (content.background) {
    const image =
      content.background.type === 'png' ? await pdf.embedPng(content.background.bytes) : await pdf.embedJpg(content.background.bytes)
    page.drawImage(image, { height: HEIGHT, width: WIDTH, x: 0, y: 0 })
  } else drawBuiltInDesign(page)

  content.titleLines
    .slice(0, 3)
    .forEach((line, index) => centred(page, line, { color: MUTED, font: regular, size: 13, y: 530 - index * 18 }))

  const kind = CERTIFICATE_KIND_LABELS[content.kind]
  centred(page, kind.id.toUpperCase(), { color: ACCENT, font: bold, size: 30, y: 440 })
  centred(page, kind.en, { color: MUTED, font: regular, size: 14, y: 418 })
  centred(page, 'diberikan kepada · presented to', { color: MUTED, font: regular, size: 11, y: 385 })
  centred(page, content.holderName, { font: bold, maxWidth: WIDTH - 200, size: 38, y: 340 })
  if (content.teamName)
    centred(page, `Tim · Team ${content.teamName}`, { color: MUTED, font: regular, maxWidth: WIDTH - 200, size: 15, y: 312 })

  const reason = REASONS[content.kind]
  const placing = content.placing ? PLACING_LABELS[content.placing] : undefined
  const reasonLine = placing ? `${placing.id} ${reason.id} · ${placing.en} ${reason.en}` : `${reason.id} · ${reason.en}`
  centred(page, reasonLine, { font: placing ? bold : regular, size: placing ? 16 : 13, y: 272 })
  centred(page, content.competitionTitle, { font: bold, maxWidth: WIDTH - 200, size: 22, y: 242 })
  centred(page, dateOf(content.issuedAt), { color: MUTED, font: regular, size: 11, y: 214 })

  // Signers side by side over the left three quarters; the QR code has the bottom-right corner.
  const signers = content.signers.slice(0, 3)
  const area = { left: 70, right: WIDTH - 190 }
  const column = (area.right - area.left) / Math.max(1, signers.length)
  for (const [index, signer] of signers.entries()) {
    const x = area.left + column * (index + 0.5)
    const maxWidth = Math.min(column - 16, 220)
    if (signer.signature) {
      const image =
        signer.signature.type === 'png' ? await pdf.embedPng(signer.signature.bytes) : await pdf.embedJpg(signer.signature.bytes)
      const scaled = image.scaleToFit(maxWidth, 56)
      page.drawImage(image, { height: scaled.height, width: scaled.width, x: x - scaled.width / 2, y: 108 })
    }
    page.drawLine({ color: MUTED, end: { x: x + maxWidth / 2, y: 102 }, start: { x: x - maxWidth / 2, y: 102 }, thickness: 0.7 })
    centred(page, signer.name, { font: bold, maxWidth, size: 12, x, y: 86 })
    centred(page, signer.role, { color: MUTED, font: regular, maxWidth, size: 10, x, y: 71 })
  }

  const qr = await pdf.embedPng(await qrCodePng(content.verificationUrl, 300))
  const qrSize = 96
  const qrX = WIDTH - 60 - qrSize
  page.drawImage(qr, { height: qrSize, width: qrSize, x: qrX, y: 62 })
  centred(page, content.code, { font: regular, maxWidth: 150, size: 8, x: qrX + qrSize / 2, y: 52 })
  centred(page, 'Verifikasi · Verify', { color: MUTED, font: regular, maxWidth: 150, size: 8, x: qrX + qrSize / 2, y: 163 })

  return pdf.save()
}
