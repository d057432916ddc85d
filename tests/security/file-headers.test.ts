import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { png, simplePdf, uploadForm } from '../helpers/files'

/**
 * Files served by /api/<collection>/file/<name> (Payload's route, our headers): a private file
 * is always a download that cannot act as a page of our origin; no file is type-sniffed.
 */
let app: TestApp
let committee: TestUser
let participant: TestUser

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  participant = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
})

const upload = async (
  collection: 'attachments' | 'media',
  file: Buffer,
  name: string,
  type: string,
  token: string,
  data: Record<string, unknown> = {},
) => {
  const response = await app.rest.post(`/${collection}`, { form: uploadForm(file, name, type, data), token })
  expect(response.status).toBe(201)
  return response.body.doc as { filename: string; sizes?: Record<string, { filename: string }> }
}

describe('a private file (student card, payment proof, submission)', () => {
  it('is downloaded, not opened: attachment, nosniff, and a sandbox if opened anyway', async () => {
    const card = await upload('attachments', await png(800, 600), 'kartu mahasiswa.png', 'image/png', participant.token)
    const pdf = await upload('attachments', simplePdf('payment proof'), 'bukti bayar.pdf', 'application/pdf', participant.token)
    for (const name of [card.filename, card.sizes!.preview.filename, pdf.filename]) {
      const file = await app.rest.get(`/attachments/file/${encodeURIComponent(name)}`, { token: participant.token })
      expect(file.status).toBe(200)
      expect(file.headers.get('content-disposition')).toBe('attachment')
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
      expect(file.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    }
  })

  it('keeps those headers on a partial download (Range)', async () => {
    const pdf = await upload('attachments', simplePdf('submission'), 'proposal.pdf', 'application/pdf', participant.token)
    const part = await app.rest.get(`/attachments/file/${pdf.filename}`, { headers: { Range: 'bytes=0-9' }, token: participant.token })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-disposition')).toBe('attachment')
    expect(part.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('is still refused to someone else, headers or not', async () => {
    const card = await upload('attachments', await png(), 'ktm.png', 'image/png', participant.token)
    const other = await app.createUser('participant')
    const file = await app.rest.get(`/attachments/file/${card.filename}`, { token: other.token })
    expect([403, 404]).toContain(file.status)
  })
})

describe('a public file (poster, guidebook)', () => {
  it('opens in the browser as the detected type, never sniffed', async () => {
    const poster = await upload('media', await png(400, 300), 'poster.png', 'image/png', committee.token, { alt: 'Poster' })
    const file = await app.rest.get(`/media/file/${poster.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-disposition')).toBeNull()
  })
})
