import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { png, pngBomb, simplePdf, uploadForm } from '../helpers/files'
import { judgedCompetition, openStage, stageWindows, verifiedTeam } from '../helpers/judging'

/**
 * Issue 8 item 9: a 249 KB PNG declaring 16000 × 16000 pixels was decoded (seconds of CPU,
 * hundreds of MB), stored at full size and given previews. Images are now refused from their
 * header above 40 megapixels and stored at most 4000 pixels on the longer side. Private uploads
 * have a daily allowance per account, and 100 MB submission files are for verified teams with
 * an open stage. Small limits here: 1 MB documents, 5 files or 2 MB a day.
 */
let app: TestApp
let committee: TestUser
let participant: TestUser
let bomb: Buffer

beforeAll(async () => {
  bomb = pngBomb()
  app = await startApp({ env: { ATTACHMENT_DAILY_FILES: '5', ATTACHMENT_DAILY_MB: '2', ATTACHMENT_MAX_MB: '1' } })
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
      const response = await app.rest.post(`/${collection}`, {
        form: uploadForm(bomb, 'poster.png', 'image/png', { alt: 'x' }),
        token: user().token,
      })
      expect(response.status).toBe(400)
      expect(errorMessages(response.body).join('\n')).toMatch(
        /16000 × 16000 pixels \(256 megapixels\); images may have at most 40 megapixels\. Resize it/,
      )
      expect(await countOf(collection)).toBe(countBefore)
      expect(await filesIn(collection)).toEqual(filesBefore)
    })
  }

  it('an image under the pixel cap but wider than 4000 pixels is stored scaled down to 4000', async () => {
    const response = await app.rest.post('/media', {
      form: uploadForm(await png(6000, 1500), 'banner.png', 'image/png', { alt: 'wide' }),
      token: committee.token,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({ height: 1000, width: 4000 })
    const stored = await fs.readFile(path.join(app.uploads, 'media', response.body.doc.filename))
    expect(await sharp(stored).metadata()).toMatchObject({ height: 1000, width: 4000 })
  })
})

const MB = 1024 * 1024
/** A PDF of about `megabytes` MB: a comment line of padding after its header. */
const pdfOf = (megabytes: number) => {
  const pdf = simplePdf('padded')
  const headerEnd = pdf.indexOf(0x0a) + 1
  return Buffer.concat([
    pdf.subarray(0, headerEnd),
    Buffer.from('%'),
    Buffer.alloc(Math.round(megabytes * MB), 0x20),
    Buffer.from('\n'),
    pdf.subarray(headerEnd),
  ])
}
const uploadPdf = (user: TestUser, megabytes: number, purpose = 'document') =>
  app.rest.post('/attachments', { form: uploadForm(pdfOf(megabytes), 'file.pdf', 'application/pdf', { purpose }), token: user.token })
const uploadPng = async (user: TestUser) =>
  app.rest.post('/attachments', { form: uploadForm(await png(), 'card.png', 'image/png'), token: user.token })
const ownedBy = async (user: TestUser) =>
  (await app.payload.count({ collection: 'attachments', where: { owner: { equals: user.user.id } } })).totalDocs

describe('the daily upload allowance', () => {
  it('the sixth file in 24 hours is refused with 429, Retry-After and when it resets; nothing stored', async () => {
    const uploader = await app.createUser('participant')
    for (let index = 0; index < 5; index++) expect((await uploadPng(uploader)).status).toBe(201)
    const filesBefore = await filesIn('attachments')
    const refused = await uploadPng(uploader)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(23 * 3600)
    expect(errorMessages(refused.body).join(' ')).toMatch(
      /You have uploaded 5 files \(0 MB\) in the last 24 hours; the allowance is 5 files or 2 MB in 24 hours\. You can upload again after \d{4}-\d\d-\d\d \d\d:\d\d UTC\./,
    )
    expect(await ownedBy(uploader)).toBe(5)
    expect(await filesIn('attachments')).toEqual(filesBefore)
    // Someone else is not affected.
    expect((await uploadPng(await app.createUser('participant'))).status).toBe(201)
  })

  it('counts bytes too: a file that would pass 2 MB in 24 hours is refused', async () => {
    const uploader = await app.createUser('participant')
    expect((await uploadPdf(uploader, 0.9)).status).toBe(201)
    expect((await uploadPdf(uploader, 0.9)).status).toBe(201)
    const refused = await uploadPdf(uploader, 0.9)
    expect(refused.status).toBe(429)
    expect(errorMessages(refused.body).join(' ')).toMatch(/You have uploaded 2 files \(1\.8 MB\)/)
    expect(await ownedBy(uploader)).toBe(2)
  })

  it('the committee is exempt', async () => {
    for (let index = 0; index < 7; index++) expect((await uploadPng(committee)).status).toBe(201)
  })
})

describe('large submission files', () => {
  it('a participant without a verified team with an open stage gets the document cap, and is told why', async () => {
    const loner = await app.createUser('participant')
    const refused = await uploadPdf(loner, 1.5, 'submission')
    expect(refused.status).toBe(413)
    expect(errorMessages(refused.body).join(' ')).toMatch(
      /the limit is 1 MB\. Larger submission files are accepted from members of a verified team while one of its stages is open/,
    )
    expect(await ownedBy(loner)).toBe(0)
    // Within the document cap, a submission-kind file is still fine (a team may be verified later).
    expect((await uploadPdf(loner, 0.5, 'submission')).status).toBe(201)
  })

  it('the leader of a verified team with an open stage uploads beyond the document cap; with only closed stages, not', async () => {
    const open = await judgedCompetition(app, committee, [], [openStage()])
    const { leader } = await verifiedTeam(app, committee, open)
    const accepted = await uploadPdf(leader, 1.5, 'submission')
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201)

    const closed = await judgedCompetition(app, committee, [], [openStage(stageWindows.tooLate)])
    const late = await verifiedTeam(app, committee, closed)
    expect((await uploadPdf(late.leader, 1.5, 'submission')).status).toBe(413)
  })
})
