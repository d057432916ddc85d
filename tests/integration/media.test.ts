import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { html, jpegWithExif, png, simplePdf, svg, uploadForm } from '../helpers/files'
import { competitionData } from '../helpers/fixtures'

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

const mediaDir = () => path.join(app.uploads, 'media')
const storedFiles = async () => fs.readdir(mediaDir()).catch(() => [] as string[])
const mediaCount = async () => (await app.payload.count({ collection: 'media' })).totalDocs

const expectRefused = async (form: FormData, status: number, message: RegExp) => {
  const [countBefore, filesBefore] = [await mediaCount(), await storedFiles()]
  const response = await app.rest.post('/media', { form, token: committee.token })
  expect(response.status).toBe(status)
  expect(errorMessages(response.body).join('\n')).toMatch(message)
  expect(await mediaCount()).toBe(countBefore)
  expect(await storedFiles()).toEqual(filesBefore)
}

describe('file addresses', () => {
  // Absolute URLs on SERVER_URL broke every poster of a site reached on another host or port.
  it('are paths on the site: url, thumbnailURL and every size, through REST, GraphQL and a populated poster', async () => {
    const response = await app.rest.post('/media', {
      form: uploadForm(await png(1600, 1200), 'wide.png', 'image/png', { alt: 'Wide poster' }),
      token: committee.token,
    })
    expect(response.status).toBe(201)
    const created = response.body.doc
    const read = (await app.rest.get(`/media/${created.id}`)).body
    for (const doc of [created, read]) {
      expect(doc.url).toBe(`/api/media/file/${doc.filename}`)
      expect(doc.thumbnailURL).toBe(`/api/media/file/${doc.sizes.thumbnail.filename}`)
      for (const name of ['thumbnail', 'card', 'large']) {
        expect(doc.sizes[name].url, name).toBe(`/api/media/file/${doc.sizes[name].filename}`)
        expect(doc.sizes[name].mimeType, name).toBe('image/webp')
      }
      expect(doc.sizes.large.width).toBe(1280)
    }
    // The path answers with the file.
    expect((await app.rest.get(`/media/file/${read.sizes.large.filename}`)).status).toBe(200)

    const gql = await app.graphql(`query ($id: String!) { Media(id: $id) { url sizes { card { url } } } }`, { id: String(created.id) })
    expect(gql.body.data.Media.url).toMatch(/^\/api\/media\/file\//)
    expect(gql.body.data.Media.sizes.card.url).toMatch(/^\/api\/media\/file\/.+\.webp$/)

    const competition = await app.rest.post('/competitions', {
      body: { ...competitionData({ title: 'Relative Poster Cup' }), _status: 'published', poster: created.id },
      token: committee.token,
    })
    expect(competition.status, JSON.stringify(competition.body)).toBe(201)
    const populated = (await app.rest.get(`/competitions/${competition.body.doc.id}?depth=1`)).body.poster
    expect(populated.url).toBe(read.url)
    expect(populated.sizes.card.url).toBe(read.sizes.card.url)
  })

  it('an image smaller than a size gets no file for it (no upscaling), and no url', async () => {
    const response = await app.rest.post('/media', {
      form: uploadForm(await png(400, 300), 'small.png', 'image/png'),
      token: committee.token,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.sizes.thumbnail.url).toMatch(/^\/api\/media\/file\//)
    expect(response.body.doc.sizes.card.url ?? null).toBeNull()
    expect(response.body.doc.sizes.large.url ?? null).toBeNull()
  })
})

describe('accepted uploads', () => {
  it('stores a PNG with thumbnail and card sizes, readable by anyone', async () => {
    const response = await app.rest.post('/media', {
      form: uploadForm(await png(1200, 900), 'poster.png', 'image/png', { alt: 'A blue poster' }),
      token: committee.token,
    })
    expect(response.status).toBe(201)
    const doc = response.body.doc
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes.thumbnail.width).toBe(320)
    expect(doc.sizes.card.width).toBe(768)

    const file = await app.rest.get(`/media/file/${doc.filename}`)
    expect(file.status).toBe(200)
    expect((await sharp(file.body as Buffer).metadata()).format).toBe('png')
    expect((await app.rest.get(`/media/file/${doc.sizes.thumbnail.filename}`)).status).toBe(200)
  })

  it('strips EXIF metadata from images, in the original and every size', async () => {
    const original = await jpegWithExif()
    expect(original.toString('latin1')).toContain('exif-secret-artist')
    const response = await app.rest.post('/media', {
      form: uploadForm(original, 'photo.jpg', 'image/jpeg', { alt: 'photo' }),
      token: committee.token,
    })
    expect(response.status).toBe(201)
    const names = [response.body.doc.filename, response.body.doc.sizes.thumbnail.filename, response.body.doc.sizes.card.filename]
    for (const name of names.filter(Boolean)) {
      const stored = await fs.readFile(path.join(mediaDir(), name))
      expect(stored.toString('latin1')).not.toContain('exif-secret')
      expect((await sharp(stored).metadata()).exif).toBeUndefined()
    }
  })

  it('drops bytes smuggled after the end of an image', async () => {
    const smuggled = Buffer.concat([await png(), Buffer.from('<script>SMUGGLED</script>')])
    const response = await app.rest.post('/media', { form: uploadForm(smuggled, 'smuggled.png', 'image/png'), token: committee.token })
    expect(response.status).toBe(201)
    const stored = await fs.readFile(path.join(mediaDir(), response.body.doc.filename))
    expect(stored.toString('latin1')).not.toContain('SMUGGLED')
  })

  it('stores a PDF guidebook as a PDF', async () => {
    const response = await app.rest.post('/media', {
      form: uploadForm(simplePdf('Guidebook'), 'guidebook.pdf', 'application/pdf'),
      token: committee.token,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.mimeType).toBe('application/pdf')
  })
})

describe('refused uploads (nothing stored)', () => {
  it('a PNG renamed .pdf', async () =>
    expectRefused(uploadForm(await png(), 'guidebook.pdf', 'application/pdf'), 400, /contains a PNG file but its name says otherwise/))

  it('an SVG, even one named .png', async () => {
    await expectRefused(uploadForm(svg(), 'logo.svg', 'image/svg+xml'), 400, /not a file type we accept/)
    await expectRefused(uploadForm(svg(), 'logo.png', 'image/png'), 400, /not a file type we accept/)
  })

  it('an HTML file', async () => expectRefused(uploadForm(html(), 'page.html', 'text/html'), 400, /not a file type we accept/))

  it('a file over the 10 MB cap, with 413 and the limit in the message', async () => {
    const big = Buffer.concat([simplePdf('big'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)])
    await expectRefused(uploadForm(big, 'big.pdf', 'application/pdf'), 413, /limit is 10 MB/)
  })

  it('a damaged image', async () => {
    const broken = (await png()).subarray(0, 60)
    await expectRefused(uploadForm(broken, 'broken.png', 'image/png'), 400, /could not be read|damaged|not a file type/i)
  })
})

describe('who may upload', () => {
  it('participants and anonymous users cannot upload or delete media', async () => {
    const before = await mediaCount()
    for (const token of [undefined, participant.token]) {
      const response = await app.rest.post('/media', { form: uploadForm(await png(), 'x.png', 'image/png'), token })
      expect(response.status).toBe(403)
    }
    expect(await mediaCount()).toBe(before)

    const existing = (await app.payload.find({ collection: 'media', limit: 1 })).docs[0]
    expect((await app.rest.delete(`/media/${existing.id}`, { token: participant.token })).status).toBe(403)
  })

  it('a URL cannot be pasted for the server to fetch', async () => {
    const response = await app.rest.get('/media/paste-url?src=http%3A%2F%2F127.0.0.1%3A1%2Fsecret', { token: committee.token })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})
