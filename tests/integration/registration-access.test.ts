import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { joinTeam } from '../helpers/invitations'
import { publishCompetition, registrationBody } from '../helpers/registrations'

let app: TestApp
let committee: TestUser
let judge: TestUser
let otherJudge: TestUser
let alice: TestUser
let bob: TestUser
let aliceRegistration: { id: string; paymentProof: string; studentCard: string }
let bobRegistration: { id: string }
let proofFile: { filename: string; preview?: string }

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  judge = await app.createUser('judge')
  otherJudge = await app.createUser('judge')
  alice = await app.createUser('participant')
  bob = await app.createUser('participant')
  const judged = await publishCompetition(app, committee, { judges: [judge.user.id], title: 'Judged Cup' })
  const body = await registrationBody(app, alice, judged, { teamName: 'Alice Team' })
  const created = await app.rest.post('/registrations', { body, token: alice.token })
  aliceRegistration = { id: created.body.doc.id, paymentProof: body.paymentProof as string, studentCard: body.members[0].studentCard }
  const bobCreated = await app.rest.post('/registrations', {
    body: await registrationBody(app, bob, judged, { teamName: 'Bob Team' }),
    token: bob.token,
  })
  bobRegistration = { id: bobCreated.body.doc.id }
  const proof = await app.payload.findByID({ collection: 'attachments', id: aliceRegistration.paymentProof })
  proofFile = { filename: proof.filename as string, preview: proof.sizes?.preview?.filename ?? undefined }
})

afterAll(async () => {
  await app?.close()
})

const ids = (body: any) => (body?.docs ?? []).map((doc: { id: string }) => doc.id)

describe("another participant's registration is unreachable", () => {
  it('by list, by id and by any where (REST)', async () => {
    expect(ids((await app.rest.get('/registrations?limit=100', { token: bob.token })).body)).toEqual([bobRegistration.id])
    expect((await app.rest.get(`/registrations/${aliceRegistration.id}`, { token: bob.token })).status).toBe(404)
    for (const where of [
      `where[id][equals]=${aliceRegistration.id}`,
      'where[teamName][equals]=Alice%20Team',
      `where[leader][equals]=${alice.user.id}`,
      `where[or][0][leader][equals]=${alice.user.id}&where[or][1][leader][equals]=${bob.user.id}`,
    ]) {
      expect(ids((await app.rest.get(`/registrations?${where}`, { token: bob.token })).body)).not.toContain(aliceRegistration.id)
    }
    const count = await app.rest.get('/registrations/count', { token: bob.token })
    expect(count.body.totalDocs).toBe(1)
  })

  it('by GraphQL', async () => {
    const list = await app.graphql(`{ Registrations(limit: 100) { docs { id teamName } } }`, {}, bob.token)
    expect(list.body.data.Registrations.docs.map((d: { id: string }) => d.id)).toEqual([bobRegistration.id])
    const byId = await app.graphql(`query ($id: String!) { Registration(id: $id) { teamName } }`, { id: aliceRegistration.id }, bob.token)
    expect(JSON.stringify(byId.body)).not.toContain('Alice Team')
  })

  it('anonymous users see nothing', async () => {
    expect((await app.rest.get('/registrations')).status).toBe(403)
    expect((await app.rest.get(`/registrations/${aliceRegistration.id}`)).status).toBe(403)
    const gql = await app.graphql(`{ Registrations { docs { teamName } } }`)
    expect(JSON.stringify(gql.body)).not.toContain('Alice Team')
  })
})

describe('private files', () => {
  it('the owner and the committee download the file and its image size', async () => {
    for (const token of [alice.token, committee.token]) {
      const file = await app.rest.get(`/attachments/file/${proofFile.filename}`, { token })
      expect(file.status).toBe(200)
      expect((file.body as Buffer).length).toBeGreaterThan(0)
      if (proofFile.preview) expect((await app.rest.get(`/attachments/file/${proofFile.preview}`, { token })).status).toBe(200)
    }
  })

  it('anyone else gets no bytes: anonymous, another participant, a judge', async () => {
    for (const token of [undefined, bob.token, judge.token]) {
      for (const name of [proofFile.filename, proofFile.preview].filter(Boolean)) {
        const file = await app.rest.get(`/attachments/file/${name}`, { token })
        expect([403, 404]).toContain(file.status)
        expect(Buffer.isBuffer(file.body) ? file.body.length : 0).toBe(0)
      }
      expect([403, 404]).toContain((await app.rest.get(`/attachments/${aliceRegistration.paymentProof}`, { token })).status)
    }
    const list = await app.rest.get('/attachments?limit=100', { token: bob.token })
    expect(ids(list.body)).not.toContain(aliceRegistration.paymentProof)
  })

  it('an upload records its uploader as owner, whatever the body says', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await (await import('../helpers/files')).png())], { type: 'image/png' }), 'mine.png')
    form.append('_payload', JSON.stringify({ owner: alice.user.id }))
    const response = await app.rest.post('/attachments', { form, token: bob.token })
    expect(response.status).toBe(201)
    expect((await app.payload.findByID({ collection: 'attachments', depth: 0, id: response.body.doc.id })).owner).toBe(bob.user.id)
  })

  it('refuses SVG and oversize documents', async () => {
    const { svg, uploadForm } = await import('../helpers/files')
    expect((await app.rest.post('/attachments', { form: uploadForm(svg(), 'ktm.svg', 'image/svg+xml'), token: bob.token })).status).toBe(
      400,
    )
    const big = Buffer.concat([(await import('../helpers/files')).simplePdf('x'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x20)])
    expect((await app.rest.post('/attachments', { form: uploadForm(big, 'ktm.pdf', 'application/pdf'), token: bob.token })).status).toBe(
      413,
    )
  })
})

describe('judges', () => {
  it('see nothing until a team is verified, then only verified teams of competitions they judge', async () => {
    expect(ids((await app.rest.get('/registrations', { token: judge.token })).body)).toEqual([])
    await app.rest.patch(`/registrations/${aliceRegistration.id}`, { body: { status: 'verified' }, token: committee.token })
    expect(ids((await app.rest.get('/registrations', { token: judge.token })).body)).toEqual([aliceRegistration.id])
    expect(ids((await app.rest.get('/registrations', { token: otherJudge.token })).body)).toEqual([])
    expect((await app.rest.get(`/registrations/${aliceRegistration.id}`, { token: otherJudge.token })).status).toBe(404)
  })

  it('never see the payment proof or the student cards', async () => {
    const doc = (await app.rest.get(`/registrations/${aliceRegistration.id}?depth=1`, { token: judge.token })).body
    expect(doc.teamName).toBe('Alice Team')
    expect(doc.paymentProof).toBeUndefined()
    expect(doc.members[0].studentCard).toBeUndefined()
    const gql = await app.graphql(
      `query ($id: String!) { Registration(id: $id) { teamName paymentProof { id } members { studentCard { id } } } }`,
      { id: aliceRegistration.id },
      judge.token,
    )
    expect(gql.body.data?.Registration?.teamName).toBe('Alice Team')
    expect(gql.body.data?.Registration?.paymentProof ?? null).toBeNull()
    expect(gql.body.data?.Registration?.members?.[0]?.studentCard ?? null).toBeNull()
  })

  it('cannot change a registration', async () => {
    const response = await app.rest.patch(`/registrations/${aliceRegistration.id}`, {
      body: { status: 'rejected', reviewNote: 'x' },
      token: judge.token,
    })
    expect([403, 404]).toContain(response.status)
  })
})

describe("a registration read at Payload's default depth (2)", () => {
  const NAME_CARD = ['_status', 'category', 'id', 'registrationClosesAt', 'registrationOpensAt', 'slug', 'title']

  it("carries its competition's name card, not the whole competition (GET /api/competitions/:id has that)", async () => {
    const one = (await app.rest.get(`/registrations/${aliceRegistration.id}`, { token: committee.token })).body
    expect(Object.keys(one.competition).sort()).toEqual(NAME_CARD)
    expect(one.competition).toMatchObject({ _status: 'published', category: 'hackathon', title: 'Judged Cup' })
    const list = (await app.rest.get('/registrations?where[status][equals]=pending&limit=50&sort=createdAt', { token: committee.token }))
      .body
    expect(list.docs.length).toBeGreaterThan(0)
    for (const doc of list.docs) expect(Object.keys(doc.competition).sort()).toEqual(NAME_CARD)
    const whole = (await app.rest.get(`/competitions/${one.competition.id}`, { token: committee.token })).body
    expect(whole.stages).toHaveLength(2)
    expect(whole.summary).toBe('A test competition')
  })

  it('gives more of the competition when asked with populate', async () => {
    const doc = (
      await app.rest.get(`/registrations/${aliceRegistration.id}?populate[competitions][stages]=true`, { token: committee.token })
    ).body
    expect(doc.competition.stages.map((stage: { key: string }) => stage.key)).toEqual(['preliminary', 'final'])
  })

  it("carries each document's file facts without its uploader's account; reading the file itself gives the rest", async () => {
    const doc = (await app.rest.get(`/registrations/${aliceRegistration.id}`, { token: committee.token })).body
    expect(Object.keys(doc.members[0].studentCard).sort()).toEqual([
      '_objectKey',
      'filename',
      'filesize',
      'id',
      'mimeType',
      'owner',
      'prefix',
      'url',
    ])
    expect(doc.members[0].studentCard).toMatchObject({ id: aliceRegistration.studentCard, mimeType: 'image/png', owner: alice.user.id })
    expect(doc.paymentProof).toMatchObject({ id: aliceRegistration.paymentProof, owner: alice.user.id })
    // The url still serves the file to those who may read it.
    const bytes = await app.rest.get(new URL(doc.paymentProof.url).pathname.replace(/^\/api/, ''), { token: committee.token })
    expect(bytes.status).toBe(200)
    const file = (await app.rest.get(`/attachments/${aliceRegistration.studentCard}`, { token: committee.token })).body
    expect(file.owner).toMatchObject({ email: alice.user.email, id: alice.user.id })
    expect(doc.members[0].studentCard.url).toBe(file.url)
    expect(file.sizes.preview).toBeDefined()
    expect(file.width).toBeGreaterThan(0)
  })

  it("still reads populated documents with the reader's access: a member sees the team, not the leader's account or files", async () => {
    const leader = await app.createUser('participant')
    const competition = (await app.payload.findByID({ collection: 'registrations', depth: 0, id: aliceRegistration.id })).competition
    const body = await registrationBody(app, leader, { id: competition as string }, { members: 2 })
    const created = await app.rest.post('/registrations', { body, token: leader.token })
    expect(created.status).toBe(201)
    const member = await joinTeam(app, body.members[1].email)
    const asLeader = (await app.rest.get(`/registrations/${created.body.doc.id}`, { token: leader.token })).body
    expect(asLeader.leader).toMatchObject({ email: leader.user.email })
    expect(asLeader.members[0].studentCard).toMatchObject({ id: body.members[0].studentCard })
    const asMember = await app.rest.get(`/registrations/${created.body.doc.id}`, { token: member.token })
    expect(asMember.status).toBe(200)
    expect(Object.keys(asMember.body.competition).sort()).toEqual(NAME_CARD)
    expect(asMember.body.leader).toBe(leader.user.id)
    expect(asMember.body.members[1].user).toMatchObject({ email: member.user.email })
    expect(asMember.body.members.map((row: { studentCard?: unknown }) => row.studentCard)).toEqual([undefined, undefined])
    expect(asMember.body.paymentProof).toBeUndefined()
    // Another participant reaches none of it, populated or not.
    expect((await app.rest.get(`/registrations/${created.body.doc.id}`, { token: bob.token })).status).toBe(404)
  })
})
