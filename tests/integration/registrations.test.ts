import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { daysFromNow } from '../helpers/fixtures'
import { publishCompetition, register, registrationBody, uploadAttachment } from '../helpers/registrations'

let app: TestApp
let committee: TestUser
let judge: TestUser

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  judge = await app.createUser('judge')
})

afterAll(async () => {
  await app?.close()
})

const stored = (id: string) => app.payload.findByID({ collection: 'registrations', depth: 0, id, overrideAccess: true })
const registrationCount = async () => (await app.payload.count({ collection: 'registrations', overrideAccess: true })).totalDocs

describe('registering a team', () => {
  it('creates a pending registration with the leader, a code and the fee due, whatever the body claims', async () => {
    const competition = await publishCompetition(app, committee, { codePrefix: 'HACK', fee: 150000 })
    const leader = await app.createUser('participant')
    const other = await app.createUser('participant')
    const body = await registrationBody(app, leader, competition)
    const response = await app.rest.post('/registrations', {
      body: { ...body, code: 'HACK-9999', feeDue: 0, leader: other.user.id, reviewNote: 'self-approved', status: 'verified' },
      token: leader.token,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const doc = await stored(response.body.doc.id)
    expect(doc.status).toBe('pending')
    expect(doc.leader).toBe(leader.user.id)
    expect(doc.code).toBe('HACK-0001')
    expect(doc.feeDue).toBe(150000)
    expect(doc.reviewNote ?? null).toBeNull()
    expect(doc.members?.[0].email).toBe(leader.user.email.toLowerCase())
  })

  it('numbers codes per competition and makes a prefix from the slug when none is set', async () => {
    const competition = await publishCompetition(app, committee, { slug: 'capture-the-flag-2099', title: 'CTF numbering' })
    const first = await register(app, await app.createUser('participant'), competition)
    const second = await register(app, await app.createUser('participant'), competition)
    expect(first.body.doc.code).toBe('CTF-0001')
    expect(second.body.doc.code).toBe('CTF-0002')
  })

  it('answers a write with the registration as stored (ids, not documents) unless ?depth= asks for more', async () => {
    const competition = await publishCompetition(app, committee)
    const leader = await app.createUser('participant')
    const body = await registrationBody(app, leader, competition, { members: 1 })
    const created = await app.rest.post('/registrations', { body, token: leader.token })
    expect(created.status).toBe(201)
    expect(created.body.doc.competition).toBe(competition.id)
    expect(created.body.doc.leader).toBe(leader.user.id)
    expect(created.body.doc.members[0].studentCard).toBe(body.members[0].studentCard)

    const renamed = await app.rest.patch(`/registrations/${created.body.doc.id}?depth=1`, {
      body: { teamName: 'Renamed' },
      token: leader.token,
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.teamName).toBe('Renamed')
    expect(renamed.body.doc.competition.id).toBe(competition.id)
    expect(renamed.body.doc.members[0].studentCard.id).toBe(body.members[0].studentCard)
  })

  it('charges the fee of the current early-bird wave', async () => {
    const competition = await publishCompetition(app, committee, {
      fee: 200000,
      feeSchedule: [
        { fee: 100000, label: 'Early bird (over)', until: daysFromNow(-1) },
        { fee: 150000, label: 'Wave 2', until: daysFromNow(2) },
        { fee: 175000, label: 'Wave 3', until: daysFromNow(4) },
      ],
    })
    const response = await register(app, await app.createUser('participant'), competition)
    expect(response.body.doc.feeDue).toBe(150000)
  })

  it('a free competition needs no payment proof; a paid one does (400 naming paymentProof)', async () => {
    const free = await publishCompetition(app, committee, { fee: 0 })
    expect((await register(app, await app.createUser('participant'), free, { withProof: false })).status).toBe(201)

    const paid = await publishCompetition(app, committee, { fee: 50000 })
    const before = await registrationCount()
    const refused = await register(app, await app.createUser('participant'), paid, { withProof: false })
    expect(refused.status).toBe(400)
    expect(errorMessages(refused.body).join('\n')).toMatch(/paymentProof: Upload the payment proof/)
    expect(await registrationCount()).toBe(before)
  })
})

describe('refusals', () => {
  it('before the window opens and after it closes: 400 naming the competition, nothing stored', async () => {
    const early = await publishCompetition(app, committee, {
      registrationClosesAt: daysFromNow(10),
      registrationOpensAt: daysFromNow(5),
      stages: [],
    })
    const late = await publishCompetition(app, committee, {
      registrationClosesAt: daysFromNow(-1),
      registrationOpensAt: daysFromNow(-5),
      stages: [],
    })
    const before = await registrationCount()
    const notYet = await register(app, await app.createUser('participant'), early)
    expect(notYet.status).toBe(400)
    expect(errorMessages(notYet.body).join('\n')).toMatch(/competition: Registration has not opened yet/)
    const closed = await register(app, await app.createUser('participant'), late)
    expect(closed.status).toBe(400)
    expect(errorMessages(closed.body).join('\n')).toMatch(/competition: Registration closed on/)
    expect(await registrationCount()).toBe(before)
  })

  it('a team too small or too large: 400 naming members', async () => {
    const competition = await publishCompetition(app, committee, { teamSize: { max: 3, min: 2 } })
    const small = await register(app, await app.createUser('participant'), competition, { members: 1 })
    expect(small.status).toBe(400)
    expect(errorMessages(small.body).join('\n')).toMatch(/members: A team has 2 to 3 members/)
    const large = await register(app, await app.createUser('participant'), competition, { members: 4 })
    expect(large.status).toBe(400)
  })

  it('a draft competition cannot be registered for', async () => {
    const draft = await app.rest.post('/competitions', {
      body: { ...(await import('../helpers/fixtures')).competitionData(), _status: 'draft' },
      token: committee.token,
    })
    const response = await register(app, await app.createUser('participant'), draft.body.doc)
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/not open for registration/)
  })

  it('an unverified account gets 403; anonymous users, judges and committee cannot register', async () => {
    const competition = await publishCompetition(app, committee)
    const unverified = await app.createUser('participant')
    const body = await registrationBody(app, unverified, competition)
    // Payload stops authenticating an account that is not verified, even with a valid token.
    await app.payload.update({ collection: 'users', data: { _verified: false }, id: unverified.user.id })
    const before = await registrationCount()
    const response = await app.rest.post('/registrations', { body, token: unverified.token })
    expect(response.status).toBe(403)
    expect(await registrationCount()).toBe(before)
    for (const token of [undefined, judge.token, committee.token]) {
      expect((await app.rest.post('/registrations', { body, token })).status).toBe(403)
    }
  })

  it('one team per person: a second team led by the same user, or with a member already in a team, is a 409', async () => {
    const competition = await publishCompetition(app, committee)
    const leader = await app.createUser('participant')
    const first = await registrationBody(app, leader, competition)
    expect((await app.rest.post('/registrations', { body: first, token: leader.token })).status).toBe(201)

    const again = await register(app, leader, competition)
    expect(again.status).toBe(409)
    expect(errorMessages(again.body).join('\n')).toMatch(/already lead a team/)

    const otherLeader = await app.createUser('participant')
    const clash = await registrationBody(app, otherLeader, competition)
    clash.members[1].email = `  ${first.members[1].email.toUpperCase()} `
    const response = await app.rest.post('/registrations', { body: clash, token: otherLeader.token })
    expect(response.status).toBe(409)
    expect(errorMessages(response.body).join('\n')).toContain(`${first.members[1].email.toLowerCase()} is already in another team`)
  })

  it('team names are unique per competition, ignoring case and spaces', async () => {
    const competition = await publishCompetition(app, committee)
    expect((await register(app, await app.createUser('participant'), competition, { teamName: 'Kopi Susu' })).status).toBe(201)
    const dup = await register(app, await app.createUser('participant'), competition, { teamName: '  kopi   SUSU ' })
    expect(dup.status).toBe(409)
    expect(errorMessages(dup.body).join('\n')).toMatch(/already uses this name/)
    const elsewhere = await publishCompetition(app, committee)
    expect((await register(app, await app.createUser('participant'), elsewhere, { teamName: 'Kopi Susu' })).status).toBe(201)
  })

  it("documents must be the leader's own uploads", async () => {
    const competition = await publishCompetition(app, committee)
    const leader = await app.createUser('participant')
    const stranger = await app.createUser('participant')
    const body = await registrationBody(app, leader, competition)
    body.paymentProof = await uploadAttachment(app, stranger, 'someone-elses.png')
    const response = await app.rest.post('/registrations', { body, token: leader.token })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/paymentProof: This file does not exist or was not uploaded by the team leader/)
  })

  it('documents must be registration documents, not submission files', async () => {
    const competition = await publishCompetition(app, committee)
    const leader = await app.createUser('participant')
    const body = await registrationBody(app, leader, competition)
    const { simplePdf, uploadForm } = await import('../helpers/files')
    const upload = await app.rest.post('/attachments', {
      form: uploadForm(simplePdf('x'), 'proof.pdf', 'application/pdf', { purpose: 'submission' }),
      token: leader.token,
    })
    expect(upload.status).toBe(201)
    body.paymentProof = upload.body.doc.id
    const response = await app.rest.post('/registrations', { body, token: leader.token })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/paymentProof: Upload this as a registration document/)
  })
})

describe('quota, institution limit and waitlist', () => {
  it('a full competition answers 409 saying it is full', async () => {
    const competition = await publishCompetition(app, committee, { quota: 2 })
    expect((await register(app, await app.createUser('participant'), competition)).status).toBe(201)
    expect((await register(app, await app.createUser('participant'), competition)).status).toBe(201)
    const full = await register(app, await app.createUser('participant'), competition)
    expect(full.status).toBe(409)
    expect(errorMessages(full.body).join('\n')).toMatch(/is full: all 2 places are taken/)
  })

  it('with the waitlist on, the next team is waitlisted, and takes the place the moment one frees up', async () => {
    const competition = await publishCompetition(app, committee, { quota: 1, waitlist: true })
    const holder = await app.createUser('participant')
    const held = await register(app, holder, competition)
    const waiting = await app.createUser('participant')
    const queued = await register(app, waiting, competition)
    expect(queued.status).toBe(201)
    expect(queued.body.doc.status).toBe('waitlisted')
    const later = await register(app, await app.createUser('participant'), competition)
    expect(later.body.doc.status).toBe('waitlisted')

    const withdraw = await app.rest.patch(`/registrations/${held.body.doc.id}`, { body: { status: 'withdrawn' }, token: holder.token })
    expect(withdraw.status).toBe(200)
    expect((await stored(queued.body.doc.id)).status).toBe('pending')
    expect((await stored(later.body.doc.id)).status).toBe('waitlisted')
    await app.mailbox.waitFor(waiting.user.email, (mail) => /You have a place/.test(mail.subject))
  })

  it('limits teams per institution, comparing names ignoring case and spaces', async () => {
    const competition = await publishCompetition(app, committee, { maxTeamsPerInstitution: 1 })
    expect((await register(app, await app.createUser('participant'), competition, { institution: 'Universitas Gadjah Mada' })).status).toBe(
      201,
    )
    const second = await register(app, await app.createUser('participant'), competition, { institution: ' universitas  gadjah mada ' })
    expect(second.status).toBe(409)
    expect(errorMessages(second.body).join('\n')).toMatch(/already has 1 team/)
  })

  it('a rejection frees the place for the oldest waitlisted team of an institution that still fits', async () => {
    const competition = await publishCompetition(app, committee, { maxTeamsPerInstitution: 1, quota: 2, waitlist: true })
    const rejectedLeader = await app.createUser('participant')
    const a = await register(app, rejectedLeader, competition, { institution: 'ITB' })
    await register(app, await app.createUser('participant'), competition, { institution: 'UI' })
    const blocked = await register(app, await app.createUser('participant'), competition, { institution: 'UI' })
    const fits = await register(app, await app.createUser('participant'), competition, { institution: 'ITS' })
    expect([blocked.body.doc.status, fits.body.doc.status]).toEqual(['waitlisted', 'waitlisted'])
    const reject = await app.rest.patch(`/registrations/${a.body.doc.id}`, {
      body: { reviewNote: 'Fake KTM', status: 'rejected' },
      token: committee.token,
    })
    expect(reject.status).toBe(200)
    expect((await stored(blocked.body.doc.id)).status).toBe('waitlisted')
    expect((await stored(fits.body.doc.id)).status).toBe('pending')
    // The rejected team hears that it was rejected, not that it got a place (the promotion made
    // in the same request once leaked its "promoted" flag into the rejected team's email).
    const rejection = await app.mailbox.waitFor(rejectedLeader.user.email, (mail) => /Registration rejected/.test(mail.subject))
    expect(rejection.text).toContain('Fake KTM')
    expect(
      app.mailbox.messages.filter((mail) => mail.to.includes(rejectedLeader.user.email) && /You have a place/.test(mail.subject)),
    ).toHaveLength(0)
  })
})
