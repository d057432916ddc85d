import jsQR from 'jsqr'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { qrCodePng, qrCodeSvg } from '../../src/shared/qrCode'

const decode = async (png: Buffer) => {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
}

describe('QR codes', () => {
  it('a PNG decodes back to the text it carries', async () => {
    const url = 'http://localhost:3000/id/certificates/CK-7Q4M-XP2R-9KDA'
    expect(await decode(await qrCodePng(url))).toBe(url)
  })

  it('an SVG renders to an image that decodes to the same text', async () => {
    const text = 'TICKET-abc123'
    const svg = await qrCodeSvg(text)
    expect(svg.startsWith('<svg')).toBe(true)
    expect(await decode(await sharp(Buffer.from(svg)).resize(300).png().toBuffer())).toBe(text)
  })
})
