import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Certificate } from '../../src/payload-types'

import { readRateLimits } from '../../src/config/rateLimits'
import { errorMessages, SERVER_URL, startApp, type TestApp, type TestUser } from '../helpers/app'
import { joinTeam } from '../helpers/invitations'
import { judgedCompetition, openStage, uploadSubmissionFile, verifiedTeam } from '../helpers/judging'
import { pdfQrCodes, pdfText } from '../helpers/pdf'
import { publishCompetition, register, uploadAttachment } from '../helpers/registrations'

let app: TestApp
let committee: TestUser
let judge: TestUser
let otherJudge: TestUser
let outsider: TestUser
let winner: TestUser
let winnerMate: TestUser
let participant: TestUser
let competition: { id: string; title: string }
let all: Certificate[] = []

const TITLE = 'Kompetisi Sains Nusantara 2026'

const submit = async (leader: TestUser, registration: string) => {
  const file = await uploadSubmissionFile(app, leader)
  const response = await app.rest.post('/submissions', { body: { file: file.id, registration, stage: 'preliminary' }, token: leader.token })
  if (response.status !== 201) throw new Error(`submission: ${response.status} ${JSON.stringify(response.body)}`)
}

const certificatesAs = async (token?: string) =>
  (await app.rest.get('/certificates?limit=100&sort=createdAt', { token })).body.docs as Certificate[]

/** Waits until every certificate of the competition has its PDF, or `changed` says so (a re-issue). */
const generated = async (changed: (docs: Certificate[]) => boolean = (docs) => docs.every((doc) => doc.filename)) => {
  const deadline = Date.now() + 240_000
  for (;;) {
    const docs = await certificatesAs(committee.token)
    if (docs.length > 0 && changed(docs)) return docs
    if (Date.now() > deadline) throw new Error(`certificates not generated: ${JSON.stringify(docs.map((doc) => [doc.kind, doc.filename]))}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const pdfOf = async (id: string, token?: string) => app.rest.get(`/certificates/${id}/pdf`, { token })
const mine = (user: TestUser, kind: Certificate['kind']) =>
  all.find((doc) => String((doc.holder as { id?: string })?.id ?? doc.holder) === String(user.user.id) && doc.kind === kind) as Certificate

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  judge = await app.createUser('judge', { name: 'Çağlar Ünlü' })
  otherJudge = await app.createUser('judge')
  outsider = await app.createUser('participant')
  competition = await judgedCompetition(
    app,
    committee,
    [judge],
    [
      openStage(),
      openStage({
        closesAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        eligibility: 'advanced',
        key: 'final',
        name: 'Final',
        opensAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      }),
    ],
  )
  await app.rest.patch(`/competitions/${competition.id}`, {
    body: {
      certificate: { signers: [{ name: 'Prof. Đặng Văn Lâm', role: 'Ketua Juri' }], titleLines: [{ text: 'Himpunan Mahasiswa' }] },
      title: TITLE,
    },
    token: committee.token,
  })
  competition.title = TITLE

  // The winning team: its leader and a member who joined by accepting the invitation.
  winner = await app.createUser('participant', { name: 'Nguyễn Thị Ánh' })
  const created = await register(app, winner, competition, { members: 2 })
  const winnerTeam = created.body.doc as { id: string; members: { email: string }[] }
  winnerMate = await joinTeam(app, winnerTeam.members[1].email, { name: 'Dewi Lestari' })
  await app.rest.patch(`/registrations/${winnerTeam.id}`, { body: { status: 'verified' }, token: committee.token })
  await submit(winner, winnerTeam.id)

  const team = await verifiedTeam(app, committee, competition)
  participant = team.leader
  await submit(participant, team.registrationId)
  // A verified team that never submitted gets nothing; neither does the member it invited but who never joined.
  await verifiedTeam(app, committee, competition)

  const advanced = await app.rest.post(`/competitions/${competition.id}/stages/preliminary/advance`, {
    body: { registrations: [winnerTeam.id] },
    token: committee.token,
  })
  expect(advanced.status, JSON.stringify(advanced.body)).toBe(200)
  await app.rest.patch(`/registrations/${winnerTeam.id}`, { body: { placing: 'first' }, token: committee.token })
}, 600_000)

afterAll(async () => {
  await app?.close()
})

describe('issuing certificates', { timeout: 300_000 }, () => {
  it('is for the committee only, and only once the last stage’s results are published (409 with a sentence)', async () => {
    expect((await app.rest.post(`/competitions/${competition.id}/certificates`)).status).toBe(401)
    expect((await app.rest.post(`/competitions/${competition.id}/certificates`, { token: participant.token })).status).toBe(403)
    expect((await app.rest.post(`/competitions/${competition.id}/certificates`, { token: judge.token })).status).toBe(403)
    expect((await app.rest.post('/competitions/no-such-id/certificates', { token: committee.token })).status).toBe(404)
    await app.rest.post(`/competitions/${competition.id}/stages/preliminary/publish`, { token: committee.token })
    const early = await app.rest.post(`/competitions/${competition.id}/certificates`, { token: committee.token })
    expect(early.status).toBe(409)
    expect(errorMessages(early.body).join()).toMatch(/Publish the results of "Final", the last stage of .+, before issuing certificates\./)
    expect(await certificatesAs(committee.token)).toHaveLength(0)
  })

  it('creates one certificate per person and kind, generates their PDFs in queued jobs and emails each holder', async () => {
    const published = await app.rest.post(`/competitions/${competition.id}/stages/final/publish`, { token: committee.token })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const issued = await app.rest.post(`/competitions/${competition.id}/certificates`, { token: committee.token })
    expect(issued.status, JSON.stringify(issued.body)).toBe(202)
    // Winner and team-mate: participation, finalist, winner; the other team: participation; the judge.
    expect(issued.body).toMatchObject({ created: 8, queued: 8 })
    all = await generated()
    expect(all.map((doc) => doc.kind).sort()).toEqual(
      ['finalist', 'finalist', 'judge', 'participation', 'participation', 'participation', 'winner', 'winner'].sort(),
    )
    expect(new Set(all.map((doc) => doc.code)).size).toBe(8)
    const email = await app.mailbox.waitFor(winner.user.email, (message) => message.subject === `Your certificate for ${TITLE}`)
    expect(email.text).toContain(`${SERVER_URL}/id/dashboard`)
    expect(email.text).toMatch(new RegExp(`${SERVER_URL}/id/certificates/[2-9A-Z-]{24}`))
  })

  it('prints the name (diacritics included), kind, placing and competition, and a QR code that reaches the verification', async () => {
    const certificate = mine(winner, 'winner')
    const pdf = await pdfOf(certificate.id, winner.token)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toContain('attachment')
    const text = await pdfText(pdf.body)
    for (const expected of ['Nguyễn Thị Ánh', 'Certificate of Achievement', 'Juara 1', TITLE, 'Prof. Đặng Văn Lâm', 'Himpunan Mahasiswa']) {
      expect(text).toContain(expected)
    }
    const [url] = await pdfQrCodes(pdf.body)
    expect(url).toBe(`${SERVER_URL}/id/certificates/${certificate.code}`)
    const code = new URL(url).pathname.split('/').at(-1) as string
    const verified = await app.rest.get(`/certificates/verify/${code}`)
    expect(verified.status).toBe(200)
    expect(verified.body.holderName).toBe('Nguyễn Thị Ánh')

    const judgeText = await pdfText((await pdfOf(mine(judge, 'judge').id, judge.token)).body)
    expect(judgeText).toContain('Çağlar Ünlü')
    expect(judgeText).toContain('Certificate of Appreciation')
    const participation = await pdfText((await pdfOf(mine(participant, 'participation').id, participant.token)).body)
    expect(participation).toContain('Certificate of Participation')
  })

  it('issuing again duplicates nothing and emails nobody twice', async () => {
    const again = await app.rest.post(`/competitions/${competition.id}/certificates`, { token: committee.token })
    expect(again.body).toMatchObject({ created: 0, queued: 8 })
    expect(await certificatesAs(committee.token)).toHaveLength(8)
  })
})

describe('who reads a certificate', { timeout: 300_000 }, () => {
  it('a holder lists only their own; the committee all; anyone else none (REST and GraphQL)', async () => {
    expect((await certificatesAs(winner.token)).map((doc) => doc.kind).sort()).toEqual(['finalist', 'participation', 'winner'])
    expect(
      (await certificatesAs(winnerMate.token)).every(
        (doc) => String(doc.holder) === String(winnerMate.user.id) || (doc.holder as { id?: string })?.id === winnerMate.user.id,
      ),
    ).toBe(true)
    expect(await certificatesAs(outsider.token)).toHaveLength(0)
    expect((await certificatesAs(otherJudge.token)).length).toBe(0)
    expect([401, 403]).toContain((await app.rest.get('/certificates')).status)
    const gql = (token?: string) => app.graphql(`{ Certificates(limit: 50) { docs { id holderName code } } }`, {}, token)
    expect((await gql(winner.token)).body.data?.Certificates.docs).toHaveLength(3)
    expect((await gql(outsider.token)).body.data?.Certificates.docs ?? []).toHaveLength(0)
    expect((await gql()).body.data?.Certificates?.docs ?? []).toHaveLength(0)
    const byId = await app.graphql(
      `query ($id: String!) { Certificate(id: $id) { id code } }`,
      { id: mine(winner, 'winner').id },
      outsider.token,
    )
    expect(byId.body.data?.Certificate ?? null).toBeNull()
  })

  it('only the holder and the committee download a PDF; a team-mate, another participant, another judge and anonymous are refused', async () => {
    const certificate = mine(winner, 'winner')
    expect((await pdfOf(certificate.id, winner.token)).status).toBe(200)
    expect((await pdfOf(certificate.id, committee.token)).status).toBe(200)
    for (const token of [winnerMate.token, participant.token, outsider.token, judge.token, otherJudge.token]) {
      expect((await pdfOf(certificate.id, token)).status).toBe(404)
      expect([403, 404]).toContain((await app.rest.get(`/certificates/file/${certificate.filename}`, { token })).status)
      expect([403, 404]).toContain((await app.rest.get(`/certificates/${certificate.id}`, { token })).status)
    }
    expect((await pdfOf(mine(participant, 'participation').id, judge.token)).status).toBe(404)
    expect((await pdfOf(certificate.id)).status).toBe(401)
    expect([401, 403, 404]).toContain((await app.rest.get(`/certificates/file/${certificate.filename}`)).status)
  })

  it('nobody creates, edits the printed facts of, uploads or deletes a certificate through the API', async () => {
    const certificate = mine(winner, 'winner')
    const body = {
      code: 'AAAA-AAAA-AAAA-AAAA-AAAA',
      competition: competition.id,
      holder: outsider.user.id,
      holderName: 'Forged',
      key: 'x',
      kind: 'winner',
    }
    for (const token of [committee.token, winner.token]) expect((await app.rest.post('/certificates', { body, token })).status).toBe(403)
    const edited = await app.rest.patch(`/certificates/${certificate.id}`, {
      body: { code: 'AAAA', holder: outsider.user.id, holderName: 'Forged' },
      token: committee.token,
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc).toMatchObject({ code: certificate.code, holderName: 'Nguyễn Thị Ánh' })
    expect(
      (await app.rest.patch(`/certificates/${certificate.id}`, { body: { revoked: true, revokedReason: 'mine' }, token: winner.token }))
        .status,
    ).toBe(403)
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await pdfOf(certificate.id, winner.token).then((r) => r.body))], { type: 'application/pdf' }),
      'fake.pdf',
    )
    expect((await app.rest.patch(`/certificates/${certificate.id}`, { form, token: committee.token })).status).toBe(403)
    expect((await app.rest.delete(`/certificates/${certificate.id}`, { token: committee.token })).status).toBe(403)
    const mutation = await app.graphql(
      `mutation { createCertificate(data: { holderName: "x", code: "y", key: "z", kind: winner }) { id } }`,
      {},
      committee.token,
    )
    expect(mutation.body.errors?.length).toBeGreaterThan(0)
  })
})

describe('verification', { timeout: 300_000 }, () => {
  it('answers anyone with the name, kind, competition, placing and issue date, and nothing else', async () => {
    const certificate = mine(winner, 'winner')
    const response = await app.rest.get(`/certificates/verify/${certificate.code.toLowerCase()}`)
    expect(response.status).toBe(200)
    expect(Object.keys(response.body).sort()).toEqual([
      'code',
      'competition',
      'holderName',
      'issuedAt',
      'kind',
      'placing',
      'revoked',
      'revokedAt',
    ])
    expect(response.body).toMatchObject({
      competition: TITLE,
      holderName: 'Nguyễn Thị Ánh',
      kind: 'winner',
      placing: 'first',
      revoked: false,
    })
    expect(JSON.stringify(response.body)).not.toContain(winner.user.email)
    const participation = await app.rest.get(`/certificates/verify/${mine(participant, 'participation').code}`)
    expect(participation.body.placing).toBeNull()
  })

  it('answers an unknown or malformed code with a plain 404', async () => {
    expect((await app.rest.get('/certificates/verify/2222-3333-4444-5555-6666')).status).toBe(404)
    expect((await app.rest.get('/certificates/verify/not-a-code')).status).toBe(404)
    expect((await app.rest.get(`/certificates/verify/${encodeURIComponent("' OR 1=1 --")}`)).status).toBe(404)
  })

  it('is rate-limited per client address like everything anonymous (429 with Retry-After and a sentence)', async () => {
    // The limits are read per request from the config (access/rateLimit.ts); this file's app has them off.
    const custom = app.payload.config.custom as { rateLimits: unknown }
    const settings = custom.rateLimits
    custom.rateLimits = readRateLimits({ RATE_LIMIT_CERTIFICATE_VERIFY_IP: '2/15m', TRUST_PROXY: 'true' })
    try {
      const from = (address: string) => ({ headers: { 'X-Forwarded-For': address } })
      const code = mine(winner, 'winner').code
      expect((await app.rest.get(`/certificates/verify/${code}`, from('203.0.113.7'))).status).toBe(200)
      expect((await app.rest.get('/certificates/verify/2222-3333-4444-5555-6666', from('203.0.113.7'))).status).toBe(404)
      const limited = await app.rest.get(`/certificates/verify/${code}`, from('203.0.113.7'))
      expect(limited.status).toBe(429)
      expect(limited.headers.get('retry-after')).toBeTruthy()
      expect(errorMessages(limited.body).join()).toMatch(/Too many certificate checks/)
      expect((await app.rest.get(`/certificates/verify/${code}`, from('203.0.113.8'))).status).toBe(200)
    } finally {
      custom.rateLimits = settings
    }
  })
})

describe('corrections and revocation', { timeout: 300_000 }, () => {
  it('re-issuing after a correction replaces the PDF and keeps the code', async () => {
    const before = mine(winner, 'winner')
    expect((await app.rest.patch(`/users/${winner.user.id}`, { body: { name: 'Nguyễn Thị Ánh Hồng' }, token: winner.token })).status).toBe(
      200,
    )
    await app.rest.post(`/competitions/${competition.id}/certificates`, { token: committee.token })
    const after = (await generated((docs) => docs.some((doc) => doc.id === before.id && doc.holderName === 'Nguyễn Thị Ánh Hồng'))).find(
      (doc) => doc.id === before.id,
    ) as Certificate
    expect(after.code).toBe(before.code)
    const pdf = await pdfOf(after.id, winner.token)
    expect(await pdfText(pdf.body)).toContain('Nguyễn Thị Ánh Hồng')
    expect(await pdfQrCodes(pdf.body)).toEqual([`${SERVER_URL}/id/certificates/${before.code}`])
    expect((await app.rest.get(`/certificates/verify/${before.code}`)).body.holderName).toBe('Nguyễn Thị Ánh Hồng')
    expect(app.mailbox.for(winner.user.email).filter((message) => message.subject.startsWith('Your certificate'))).toHaveLength(3)
  })

  it('the committee revokes with a reason; the verification says revoked and the holder can no longer download it', async () => {
    const certificate = mine(participant, 'participation')
    const noReason = await app.rest.patch(`/certificates/${certificate.id}`, { body: { revoked: true }, token: committee.token })
    expect(noReason.status).toBe(400)
    expect(errorMessages(noReason.body).join()).toMatch(/Say why the certificate is revoked/)
    const revoked = await app.rest.patch(`/certificates/${certificate.id}`, {
      body: { revoked: true, revokedReason: 'The team was disqualified.' },
      token: committee.token,
    })
    expect(revoked.status).toBe(200)
    const verified = await app.rest.get(`/certificates/verify/${certificate.code}`)
    expect(verified.body).toMatchObject({ revoked: true })
    expect(verified.body.revokedAt).toBeTruthy()
    expect(JSON.stringify(verified.body)).not.toContain('disqualified')
    expect((await pdfOf(certificate.id, participant.token)).status).toBe(410)
    expect((await pdfOf(certificate.id, committee.token)).status).toBe(200)
    // Not through Payload's own file route either (it asked the same read access, which let the holder in).
    expect([403, 404]).toContain((await app.rest.get(`/certificates/file/${certificate.filename}`, { token: participant.token })).status)
    expect((await app.rest.get(`/certificates/file/${certificate.filename}`, { token: committee.token })).status).toBe(200)
    const own = (await certificatesAs(participant.token))[0] as Certificate & { revokedReason?: string }
    expect(own.revokedReason).toBeUndefined()
    // Issuing again leaves a revoked certificate alone.
    const again = await app.rest.post(`/competitions/${competition.id}/certificates`, { token: committee.token })
    expect(again.body).toMatchObject({ created: 0, queued: 7, skippedRevoked: 1 })
  })

  it('deleting a holder’s account leaves their certificate verifiable', async () => {
    const admin = await app.createUser('admin')
    const certificate = mine(winnerMate, 'participation')
    expect((await app.rest.delete(`/users/${winnerMate.user.id}`, { token: admin.token })).status).toBe(200)
    const verified = await app.rest.get(`/certificates/verify/${certificate.code}`)
    expect(verified.status).toBe(200)
    expect(verified.body.holderName).toBe('Dewi Lestari')
  })
})

describe('signatures', { timeout: 300_000 }, () => {
  const signersOf = async (id: string) =>
    ((await app.rest.get(`/competitions/${id}?depth=0`, { token: committee.token })).body.certificate?.signers ?? []) as {
      signature?: null | string
    }[]

  it('must be files the committee uploaded: a participant’s attachment is refused (REST and GraphQL) and nothing is stored', async () => {
    const other = await publishCompetition(app, committee)
    const studentCard = await uploadAttachment(app, outsider, 'ktm.png')
    const signer = { name: 'Dr. Sari', role: 'Ketua Panitia', signature: studentCard }

    const refused = await app.rest.patch(`/competitions/${other.id}`, {
      body: { certificate: { signers: [signer] } },
      token: committee.token,
    })
    expect(refused.status).toBe(400)
    expect(errorMessages(refused.body).join(' ')).toContain(
      'certificate.signers.0.signature: Upload the signature yourself: this file was not uploaded by the committee.',
    )
    const viaGraphql = await app.graphql(
      `mutation ($id: String!, $data: mutationCompetitionUpdateInput!) { updateCompetition(id: $id, data: $data) { id } }`,
      { data: { certificate: { signers: [signer] } }, id: other.id },
      committee.token,
    )
    expect(JSON.stringify(viaGraphql.body.errors)).toContain('Upload the signature yourself')
    expect(await signersOf(other.id)).toEqual([])

    // The committee's own upload is taken; a colleague who edits the competition later keeps it.
    const ownSignature = await uploadAttachment(app, committee, 'tanda-tangan.png')
    const taken = await app.rest.patch(`/competitions/${other.id}`, {
      body: { certificate: { signers: [{ ...signer, signature: ownSignature }] } },
      token: committee.token,
    })
    expect(taken.status, JSON.stringify(taken.body)).toBe(200)
    const colleague = await app.createUser('committee')
    const kept = await app.rest.patch(`/competitions/${other.id}`, {
      body: { certificate: { signers: [{ ...signer, signature: ownSignature }] }, title: 'Renamed by a colleague' },
      token: colleague.token,
    })
    expect(kept.status, JSON.stringify(kept.body)).toBe(200)
    expect((await signersOf(other.id)).map((row) => row.signature)).toEqual([ownSignature])
  })
})
