import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Competition } from '../../src/payload-types'

import { readObjectStorage } from '../../src/config/objectStorage'
import { checkReadiness } from '../../src/health/readiness'
import { errorMessages, SERVER_URL, startApp, type TestApp, type TestUser } from '../helpers/app'
import { png, simplePdf, uploadForm } from '../helpers/files'
import { judgedCompetition, openStage, uploadSubmissionFile, verifiedTeam } from '../helpers/judging'
import { startObjectStorage, type TestObjectStorage } from '../helpers/objectStorage'
import { publishCompetition, register, registrationBody } from '../helpers/registrations'

/**
 * Uploads in an S3-compatible bucket (S3_BUCKET set; s3rver plays the bucket, in this process):
 * the objects land in the bucket under media/ and attachments/, every file is still read through
 * the access-checked file route with the same headers, nothing hands out a bucket address, and
 * when the bucket goes away uploads are refused with a 503 that says so, leaving nothing half-stored.
 */
let storage: TestObjectStorage
let app: TestApp
let committee: TestUser
let owner: TestUser
let stranger: TestUser

beforeAll(async () => {
  storage = await startObjectStorage()
  app = await startApp({ env: storage.env })
  committee = await app.createUser('committee')
  owner = await app.createUser('participant')
  stranger = await app.createUser('participant')
})

afterAll(async () => {
  await app?.close()
  await storage?.close()
})

type UploadedDoc = { filename: string; id: string; sizes?: Record<string, { filename: string; url?: string }>; url: string }

const upload = async (collection: 'attachments' | 'media', file: Buffer, name: string, type: string, user: TestUser, data = {}) =>
  app.rest.post<{ doc: UploadedDoc }>(`/${collection}`, { form: uploadForm(file, name, type, data), token: user.token })

/** Anything in a response that points into the bucket instead of at our file route. */
const bucketAddresses = (body: unknown): string[] =>
  JSON.stringify(body).match(new RegExp(`${storage.endpoint}[^"]*|https?://[^"]*amazonaws[^"]*|/${storage.bucket}/[^"]*`, 'g')) ?? []

describe('with S3_BUCKET set', () => {
  it('stores a private attachment (and its preview) in the bucket, not on disk, and serves it only after the access check', async () => {
    const card = await png(800, 600)
    const created = await upload('attachments', card, 'kartu mahasiswa.png', 'image/png', owner)
    expect(created.status).toBe(201)
    const doc = created.body.doc
    expect(await storage.keys('attachments/')).toEqual([`attachments/${doc.filename}`, `attachments/${doc.sizes!.preview.filename}`].sort())
    expect(bucketAddresses(created.body)).toEqual([])
    expect(doc.url).toBe(`${SERVER_URL}/api/attachments/file/${encodeURIComponent(doc.filename)}?prefix=attachments`)

    const stored = await storage.read(`attachments/${doc.filename}`)
    const served = await app.rest.get(`/attachments/file/${encodeURIComponent(doc.filename)}`, { token: owner.token })
    expect(served.status).toBe(200)
    expect(Buffer.compare(served.body, stored)).toBe(0)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('content-disposition')).toBe('attachment')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")

    const preview = await app.rest.get(`/attachments/file/${encodeURIComponent(doc.sizes!.preview.filename)}`, { token: owner.token })
    expect(preview.status).toBe(200)
    expect(preview.headers.get('content-disposition')).toBe('attachment')

    const asStranger = await app.rest.get(`/attachments/file/${encodeURIComponent(doc.filename)}`, { token: stranger.token })
    expect([403, 404]).toContain(asStranger.status)
    expect(asStranger.headers.get('location')).toBeNull()
    const anonymous = await app.rest.get(`/attachments/file/${encodeURIComponent(doc.filename)}`)
    expect([401, 403, 404]).toContain(anonymous.status)
    expect(anonymous.headers.get('location')).toBeNull()
    const asCommittee = await app.rest.get(`/attachments/file/${encodeURIComponent(doc.filename)}`, { token: committee.token })
    expect(asCommittee.status).toBe(200)
  })

  it('serves a PDF byte for byte, and a range of it, with the private headers', async () => {
    const pdf = simplePdf('payment proof')
    const created = await upload('attachments', pdf, 'bukti bayar.pdf', 'application/pdf', owner)
    expect(created.status).toBe(201)
    const name = encodeURIComponent(created.body.doc.filename)
    const whole = await app.rest.get(`/attachments/file/${name}`, { token: owner.token })
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.compare(whole.body, pdf)).toBe(0)
    const part = await app.rest.get(`/attachments/file/${name}`, { headers: { Range: 'bytes=0-9' }, token: owner.token })
    expect(part.status).toBe(206)
    expect(Buffer.compare(part.body, pdf.subarray(0, 10))).toBe(0)
    expect(part.headers.get('content-disposition')).toBe('attachment')
    expect(part.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('stores media in the bucket and serves a poster inline to anyone, never sniffed', async () => {
    const created = await upload('media', await png(400, 300), 'poster.png', 'image/png', committee, { alt: 'Poster' })
    expect(created.status).toBe(201)
    const doc = created.body.doc
    expect(await storage.exists(`media/${doc.filename}`)).toBe(true)
    expect(await storage.exists(`media/${doc.sizes!.thumbnail.filename}`)).toBe(true)
    const file = await app.rest.get(`/media/file/${encodeURIComponent(doc.filename)}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-disposition')).toBeNull()
    expect(Buffer.compare(file.body, await storage.read(`media/${doc.filename}`))).toBe(0)
  })

  it('never hands out a bucket address: not in REST lists, single documents, GraphQL or a registration with its documents', async () => {
    const competition: Competition = await publishCompetition(app, committee)
    const body = await registrationBody(app, owner, competition)
    const registration = await app.rest.post('/registrations', { body, token: owner.token })
    expect(registration.status).toBe(201)
    const responses = [
      registration.body,
      (await app.rest.get(`/registrations/${registration.body.doc.id}?depth=2`, { token: owner.token })).body,
      (await app.rest.get('/attachments?depth=1&limit=100', { token: owner.token })).body,
      (await app.rest.get('/attachments?depth=1&limit=100', { token: committee.token })).body,
      (await app.rest.get('/media?limit=100')).body,
      (
        await app.graphql(
          '{ Attachments(limit: 100) { docs { url filename sizes { preview { url } } } } Media(limit: 100) { docs { url } } }',
          {},
          committee.token,
        )
      ).body,
    ]
    for (const response of responses) expect(bucketAddresses(response)).toEqual([])
    const urls = JSON.stringify(responses).match(/"url":"[^"]*"/g) ?? []
    expect(urls.length).toBeGreaterThan(0)
    // Every file address is the app's own access-checked route: relative for media (posters work on
    // any host or port: hooks/media/relativeFileUrls.ts), on SERVER_URL for attachments.
    for (const url of urls) expect(url.slice('"url":"'.length)).toMatch(new RegExp(`^(${SERVER_URL})?/api/(attachments|media)/file/`))
  })

  it('ignores a location chosen by the client: the object goes to the collection folder, under a fresh name', async () => {
    const first = await upload('attachments', await png(), 'ktm.png', 'image/png', owner)
    const chosen = await upload('attachments', await png(), 'ktm.png', 'image/png', owner, { _objectKey: 'x', prefix: '../media' })
    expect(chosen.status).toBe(201)
    expect(chosen.body.doc.filename).not.toBe(first.body.doc.filename)
    expect(await storage.exists(`attachments/${chosen.body.doc.filename}`)).toBe(true)
    // Every object sits directly in one of the two folders.
    expect((await storage.keys()).filter((key) => !/^(attachments|media)\/[^/]+$/.test(key))).toEqual([])
  })

  it('removes the objects with the document', async () => {
    const created = await upload('attachments', await png(800, 600), 'ktm.png', 'image/png', owner)
    const doc = created.body.doc
    const keys = [`attachments/${doc.filename}`, `attachments/${doc.sizes!.preview.filename}`]
    for (const key of keys) expect(await storage.exists(key)).toBe(true)
    // Attachments are deleted by admins only (owners lose them with their registration).
    const admin = await app.createUser('admin')
    const deleted = await app.rest.delete(`/attachments/${doc.id}`, { token: admin.token })
    expect(deleted.status).toBe(200)
    for (const key of keys) expect(await storage.exists(key)).toBe(false)
    const gone = await app.rest.get(`/attachments/file/${encodeURIComponent(doc.filename)}`, { token: owner.token })
    // Payload's file route answers a name it cannot find among readable documents with 403, on disk too.
    expect([403, 404]).toContain(gone.status)
  })

  it("generates certificates into the bucket, printing the committee's background from it, and hands the PDF to its holder", async () => {
    const background = await upload('media', await png(1169, 827), 'sertifikat.png', 'image/png', committee, {
      alt: 'Certificate background',
    })
    expect(background.status, JSON.stringify(background.body)).toBe(201)
    const competition = await judgedCompetition(app, committee, [], [openStage()])
    const configured = await app.rest.patch(`/competitions/${competition.id}`, {
      body: { certificate: { background: background.body.doc.id, kinds: ['participation'] } },
      token: committee.token,
    })
    expect(configured.status, JSON.stringify(configured.body)).toBe(200)
    const { leader, registrationId } = await verifiedTeam(app, committee, competition)
    const file = await uploadSubmissionFile(app, leader)
    expect(
      (
        await app.rest.post('/submissions', {
          body: { file: file.id, registration: registrationId, stage: 'preliminary' },
          token: leader.token,
        })
      ).status,
    ).toBe(201)
    expect(
      (await app.rest.post(`/competitions/${competition.id}/stages/preliminary/publish`, { body: {}, token: committee.token })).status,
    ).toBe(200)
    expect((await app.rest.post(`/competitions/${competition.id}/certificates`, { body: {}, token: committee.token })).status).toBe(202)
    let certificate: { filename?: string; id: string } | undefined
    for (const deadline = Date.now() + 180_000; !certificate?.filename && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      certificate = (await app.rest.get('/certificates', { token: leader.token })).body.docs?.[0]
    }
    expect(certificate?.filename).toBeTruthy()
    expect(await storage.exists(`certificates/${certificate!.filename}`)).toBe(true)

    const pdf = await app.rest.get(`/certificates/${certificate!.id}/pdf`, { token: leader.token })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.compare(pdf.body, await storage.read(`certificates/${certificate!.filename}`))).toBe(0)
    // Two images on the page: the background read from the bucket, and the QR code. (pdf-lib, not
    // pdf.js: s3rver's dependencies add to Array.prototype, which pdf.js refuses to run beside.)
    const page = (await PDFDocument.load(pdf.body)).getPage(0)
    const images = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict)
    expect(images?.keys()).toHaveLength(2)
  })
})

/** Every object belongs to a document and every document's files are objects: nothing half-stored either way. */
const expectBucketToMatchDocuments = async () => {
  const expected: string[] = []
  for (const collection of ['attachments', 'certificates', 'media'] as const) {
    const { docs } = await app.payload.find({ collection, depth: 0, limit: 0, overrideAccess: true, pagination: false })
    for (const doc of docs as UploadedDoc[]) {
      for (const name of [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size.filename)]) {
        if (name) expected.push(`${collection}/${name}`)
      }
    }
  }
  expect(await storage.keys()).toEqual(expected.sort())
}

describe('GET /api/health/ready with S3_BUCKET set', () => {
  it('puts and deletes a probe object in the bucket and answers 200, leaving nothing behind', async () => {
    const response = await app.rest.get('/health/ready')
    expect(response.status).toBe(200)
    expect(response.body.checks.storage).toBe('ok')
    expect(await storage.keys('.health/')).toEqual([])
  })

  it('answers 503 naming storage and the S3 error when the bucket does not exist, without its name or host', async () => {
    const settings = { ...readObjectStorage(storage.env)!, bucket: 'no-such-bucket-here' }
    const readiness = await checkReadiness(app.payload, { objectStorage: settings })
    expect(readiness.status).toBe('unavailable')
    expect(readiness.checks).toMatchObject({ database: 'ok', storage: 'cannot write to object storage: NoSuchBucket' })
    expect(JSON.stringify(readiness)).not.toMatch(/no-such-bucket-here|127\.0\.0\.1/)
  })
})

describe('when the storage is unreachable', () => {
  it('refuses uploads with a 503 that says so, stores nothing, and works again once the storage is back', async () => {
    const competition: Competition = await publishCompetition(app, committee)
    const leader = await app.createUser('participant')
    const kept = (await upload('attachments', await png(800, 600), 'ktm.png', 'image/png', leader)).body.doc
    const admin = await app.createUser('admin')
    const count = async (collection: 'attachments' | 'media' | 'registrations') =>
      (await app.payload.count({ collection, overrideAccess: true })).totalDocs
    const before = { attachments: await count('attachments'), media: await count('media'), registrations: await count('registrations') }
    await expectBucketToMatchDocuments()

    await storage.stop()
    try {
      const card = await upload('attachments', await png(800, 600), 'ktm.png', 'image/png', leader)
      expect(card.status).toBe(503)
      expect(errorMessages(card.body)).toEqual([
        'The file could not be stored: file storage is not reachable right now, so nothing was saved. Try again in a few minutes.',
      ])
      const pdf = await upload('attachments', simplePdf('proof'), 'bukti.pdf', 'application/pdf', leader)
      expect(pdf.status).toBe(503)
      const poster = await upload('media', await png(400, 300), 'poster.png', 'image/png', committee, { alt: 'Poster' })
      expect(poster.status).toBe(503)
      expect(bucketAddresses([card.body, pdf.body, poster.body])).toEqual([])

      // The registration form uploads first: with its documents refused, no registration is made.
      await expect(register(app, leader, competition)).rejects.toThrow(/attachment: 503/)

      const ready = await app.rest.get('/health/ready')
      expect(ready.status).toBe(503)
      expect(ready.body.checks).toMatchObject({ database: 'ok', storage: 'cannot write to object storage: ECONNREFUSED' })
      expect(JSON.stringify(ready.body)).not.toContain('127.0.0.1')

      const read = await app.rest.get(`/attachments/file/${encodeURIComponent(kept.filename)}`, { token: leader.token })
      expect(read.status).toBe(503)
      expect(errorMessages(read.body)[0]).toMatch(/^The file cannot be read right now: file storage is not reachable\./)
      // Still refused before the storage is asked: the access check comes first.
      const stranger = await app.rest.get(`/attachments/file/${encodeURIComponent(kept.filename)}`, { token: owner.token })
      expect([403, 404]).toContain(stranger.status)

      const deleted = await app.rest.delete(`/attachments/${kept.id}`, { token: admin.token })
      expect(deleted.status).toBe(503)
      expect(errorMessages(deleted.body)[0]).toMatch(/^The file could not be deleted: .* so nothing was changed\./)

      expect({ attachments: await count('attachments'), media: await count('media'), registrations: await count('registrations') }).toEqual(
        before,
      )
    } finally {
      await storage.start()
    }

    await expectBucketToMatchDocuments()
    expect((await app.rest.get('/health/ready')).status).toBe(200)
    const again = await app.rest.get(`/attachments/file/${encodeURIComponent(kept.filename)}`, { token: leader.token })
    expect(again.status).toBe(200)
    expect((await register(app, leader, competition)).status).toBe(201)
    expect((await app.rest.delete(`/attachments/${kept.id}`, { token: admin.token })).status).toBe(200)
    await expectBucketToMatchDocuments()
  })
})

describe('when the storage fails part of an upload', () => {
  it('removes the objects already written: no preview-less card left in the bucket without its document', async () => {
    const leader = await app.createUser('participant')
    const before = await app.payload.count({ collection: 'attachments', overrideAccess: true })
    // The original goes in; its 640 px preview is refused.
    storage.faults.refuse = ({ method, path }) => method === 'PUT' && /-640x\d+\.png$/.test(path)
    try {
      const card = await upload('attachments', await png(800, 600), 'half.png', 'image/png', leader)
      expect(card.status).toBe(503)
      expect(errorMessages(card.body)[0]).toMatch(/^The file could not be stored/)
    } finally {
      storage.faults.refuse = undefined
    }
    expect(await app.payload.count({ collection: 'attachments', overrideAccess: true })).toEqual(before)
    expect((await storage.keys('attachments/')).filter((key) => key.includes('half'))).toEqual([])
    await expectBucketToMatchDocuments()
  })
})
