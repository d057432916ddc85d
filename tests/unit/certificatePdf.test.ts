import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { renderCertificate } from '../../src/certificates/renderCertificate'
import { pdfQrCodes, pdfText } from '../helpers/pdf'

const base = {
  code: 'ABCD-EFGH-JKLM-NPQR-STUV',
  competitionTitle: 'Hackathon Nasional 2026',
  holderName: 'Nguyễn Thị Ánh',
  issuedAt: new Date('2026-11-28T03:00:00Z'),
  kind: 'winner' as const,
  placing: 'first' as const,
  signers: [{ name: 'Dr. Çağlar Ünlü', role: 'Ketua Panitia' }],
  teamName: 'Tim Garuda',
  titleLines: ['Himpunan Mahasiswa Informatika', 'Universitas Contoh'],
  verificationUrl: 'http://localhost:3000/id/certificates/ABCD-EFGH-JKLM-NPQR-STUV',
}

// Parsing the font and pdf.js take a few seconds on a loaded machine: correctness only, no timing.
describe('a certificate PDF', { timeout: 60_000 }, () => {
  it('prints names with diacritics, the kind, the placing and the competition, and a QR code of the verification page', async () => {
    const bytes = await renderCertificate(base)
    const text = await pdfText(bytes)
    for (const expected of [
      'Nguyễn Thị Ánh',
      'Dr. Çağlar Ünlü',
      'SERTIFIKAT JUARA',
      'Certificate of Achievement',
      'Juara 1',
      'Hackathon Nasional 2026',
      'Tim Garuda',
      base.code,
    ]) {
      expect(text).toContain(expected)
    }
    expect(await pdfQrCodes(bytes)).toEqual([base.verificationUrl])
  })

  it('shrinks a very long name and team name to the page instead of overflowing it', async () => {
    const long = 'Raden Mas Muhammad Ilham Saputra Wijayakusuma Hadiningrat Prawirodirdjo Soerjosoemarno'
    const bytes = await renderCertificate({ ...base, holderName: long, kind: 'participation', placing: null, teamName: `${long} United` })
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true }).promise
    const page = await document.getPage(1)
    const [, , pageWidth] = page.view
    const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.includes(long))
    expect(items).toHaveLength(2)
    for (const item of items) {
      if (!('transform' in item)) continue
      const x = item.transform[4]
      expect(x).toBeGreaterThan(0)
      expect(x + item.width).toBeLessThan(pageWidth)
    }
    await document.destroy()
  })

  it("draws the committee's background and each signer's signature, and its QR code still reads", async () => {
    const image = (width: number, height: number, background: string) => sharp({ create: { background, channels: 3, height, width } })
    const background = { bytes: new Uint8Array(await image(1169, 827, '#f3e9d2').jpeg().toBuffer()), type: 'jpeg' as const }
    const signature = { bytes: new Uint8Array(await image(300, 120, '#ffffff').png().toBuffer()), type: 'png' as const }
    const imagesDrawn = async (bytes: Uint8Array) => {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
      const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true }).promise
      const operators = await (await document.getPage(1)).getOperatorList()
      await document.destroy()
      return operators.fnArray.filter((operator) => operator === pdfjs.OPS.paintImageXObject).length
    }
    // The built-in design draws one image: the QR code.
    expect(await imagesDrawn(await renderCertificate(base))).toBe(1)
    const designed = await renderCertificate({
      ...base,
      background,
      signers: [
        { ...base.signers[0], signature },
        { name: 'Budi Santoso', role: 'Ketua Juri', signature },
      ],
    })
    expect(await imagesDrawn(designed)).toBe(4)
    expect(await pdfText(designed)).toContain('Budi Santoso')
    expect(await pdfQrCodes(designed)).toEqual([base.verificationUrl])
  })
})
