import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { png, pngBomb, uploadForm } from '../helpers/files'

/**
 * Issue 8 item 9: a 249 KB PNG declaring 16000 × 16000 pixels was decoded (seconds of CPU,
 * hundreds of MB), stored at full size and given previews. Images are now refused from their
 * header above 40 megapixels and stored at most 4000 pixels on the longer side.
 */
let app: TestApp
let committee: TestUser
let participant: TestUser
let bomb: Buffer

beforeAll(async () => {
  bomb = pngBomb()
  app = await startApp()
  committee = await app.createUser('committee')
  participant = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
})

const filesIn = async (collection: string) => fs.readdir(path.join(app.uploads, collection)).catch(() => [] as string[])
const countOf = async (collection: 'attachments' | 'media') => (await app.payload.count({ collection })).totalDocs

describe('decompression bombs', () => {
  it('the test image is what it claims: a few KB declaring 16000 × 16000 pixels', async () => {
    expect(bomb.byteLength).toBeLessThan(100 * 1024)
    expect(await sharp(bomb).metadata()).toMatchObject({ height: 16_000, width: 16_000 })
  })

  for (const [collection, user] of [
    ['media', () => committee],
    ['attachments', () => participant],
  ] as const) {
    it(`${collection}: refused with a sentence before decoding; no document and no file stored`, async () => {
      const [countBefore, filesBefore] = [await countOf(collection), await filesIn(collection)]
      const response = await app.rest.post(`/${collection}`, { form: uploadForm(bomb, 'poster.png', 'image/png', { alt: 'x' }), token: user().token })
      expect(response.status).toBe(400)
      expect(errorMessages(response.body).join('\n')).toMatch(/16000 × 16000 pixels \(256 megapixels\); images may have at most 40 megapixels\. Resize it/)
      expect(await countOf(collection)).toBe(countBefore)
      expect(await filesIn(collection)).toEqual(filesBefore)
    })
  }

  it('an image under the pixel cap but wider than 4000 pixels is stored scaled down to 4000', async () => {
    const response = await app.rest.post('/media', { form: uploadForm(await png(6000, 1500), 'banner.png', 'image/png', { alt: 'wide' }), token: committee.token })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({ height: 1000, width: 4000 })
    const stored = await fs.readFile(path.join(app.uploads, 'media', response.body.doc.filename))
    expect(await sharp(stored).metadata()).toMatchObject({ height: 1000, width: 4000 })
  })
})
