import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { png, simplePdf } from '../helpers/files'
import { joinTeam } from '../helpers/invitations'
import { judgedCompetition, openStage, stageWindows, uploadSubmissionFile, verifiedTeam } from '../helpers/judging'
import { publishCompetition, register } from '../helpers/registrations'

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

const submit = async (token: string, registration: string, body: Record<string, unknown>, stage = 'preliminary') =>
  app.rest.post('/submissions', { body: { registration, stage, ...body }, token })

describe('the submission window', () => {
  it('early: refused with when it opens; nothing stored', async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage(stageWindows.early)])
    const { leader, registrationId } = await verifiedTeam(app, committee, competition)
    const response = await submit(leader.token, registrationId, { link: 'https://github.com/team/repo' })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/stage: "Preliminary" opens for submissions on/)
    expect((await app.payload.count({ collection: 'submissions', where: { registration: { equals: registrationId } } })).totalDocs).toBe(0)
  })

  it('on time: accepted, not late, with the server time and the submitter recorded; a receipt is emailed', async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage()])
    const { leader, registrationId } = await verifiedTeam(app, committee, competition)
    const response = await submit(leader.token, registrationId, {
      link: 'https://github.com/team/repo',
      late: true,
      submittedAt: '2000-01-01T00:00:00Z',
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.late).toBe(false)
    expect(Math.abs(Date.now() - new Date(response.body.doc.submittedAt).getTime())).toBeLessThan(60_000)
    expect(response.body.doc.submittedBy.id ?? response.body.doc.submittedBy).toBe(leader.user.id)
    await app.mailbox.waitFor(leader.user.email, (m) => /Submission received/.test(m.subject))
  })

  it('in the grace period: accepted and flagged late', async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage(stageWindows.inGrace)])
    const { leader, registrationId } = await verifiedTeam(app, committee, competition)
    const response = await submit(leader.token, registrationId, { link: 'https://example.com/late' })
    expect(response.status).toBe(201)
    expect(response.body.doc.late).toBe(true)
  })

  it('after the grace: refused, and an earlier submission cannot be changed', async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage(stageWindows.tooLate)])
    const { leader, registrationId } = await verifiedTeam(app, committee, competition)
    const response = await submit(leader.token, registrationId, { link: 'https://example.com/too-late' })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/closed for submissions/)
  })

  it('a submission made while the stage was open cannot be changed once the grace has passed', async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage()])
    const { leader, registrationId } = await verifiedTeam(app, committee, competition)
    const made = await submit(leader.token, registrationId, { link: 'https://example.com/before' })
    expect(made.status).toBe(201)
    const stages = (await app.payload.findByID({ collection: 'competitions', id: competition.id })).stages ?? []
    const closed = await app.rest.patch(`/competitions/${competition.id}`, {
      body: { stages: stages.map((stage) => ({ ...stage, ...stageWindows.tooLate })) },
      token: committee.token,
    })
    expect(closed.status).toBe(200)
    const edit = await app.rest.patch(`/submissions/${made.body.doc.id}`, {
      body: { link: 'https://example.com/after' },
      token: leader.token,
    })
    expect(edit.status).toBe(400)
    expect((await app.payload.findByID({ collection: 'submissions', id: made.body.doc.id })).link).toBe('https://example.com/before')
  })
})

describe('what may be submitted', () => {
  let leader: TestUser
  let registrationId: string

  beforeAll(async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage()])
    ;({ leader, registrationId } = await verifiedTeam(app, committee, competition))
  })

  it('a kind the stage does not accept: 400 naming it', async () => {
    const response = await submit(leader.token, registrationId, { text: 'Our essay' })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/text: Stage "Preliminary" does not accept a text/)
  })

  it('a malformed or non-http link: 400', async () => {
    for (const link of ['javascript:alert(1)', 'github.com/team', 'ftp://example.com/x']) {
      const response = await submit(leader.token, registrationId, { link })
      expect(response.status).toBe(400)
      expect(errorMessages(response.body).join('\n')).toMatch(/link: The link must be a full http/)
    }
  })

  it('a file of the wrong type by content: 400', async () => {
    const image = await uploadSubmissionFile(app, leader, await png(), 'design.png', 'image/png')
    const response = await submit(leader.token, registrationId, { file: image.id })
    expect(response.status).toBe(400)
    expect(errorMessages(response.body).join('\n')).toMatch(/file: "design.*png" is a PNG file; "Preliminary" accepts PDF, ZIP/)
  })

  it('a file over the stage limit: 413', async () => {
    const big = await uploadSubmissionFile(app, leader, simplePdf('x'.repeat(1024 * 1024 + 10)), 'big.pdf')
    const response = await submit(leader.token, registrationId, { file: big.id })
    expect(response.status).toBe(413)
    expect(errorMessages(response.body).join('\n')).toMatch(/accepts files up to 1 MB/)
  })

  it('nothing at all: 400', async () => {
    expect((await submit(leader.token, registrationId, {})).status).toBe(400)
  })

  it('resubmitting replaces the current submission and keeps every earlier one in the history', async () => {
    const first = await submit(leader.token, registrationId, { link: 'https://example.com/v1' })
    expect(first.status).toBe(201)
    const again = await submit(leader.token, registrationId, { link: 'https://example.com/v2' })
    expect(again.status).toBe(409)
    expect(errorMessages(again.body).join('\n')).toMatch(/already submitted/)

    const file = await uploadSubmissionFile(app, leader)
    const replaced = await app.rest.patch(`/submissions/${first.body.doc.id}`, {
      body: { file: file.id, link: 'https://example.com/v2' },
      token: leader.token,
    })
    expect(replaced.status).toBe(200)
    const current = await app.rest.get(`/submissions/${first.body.doc.id}`, { token: leader.token })
    expect(current.body.link).toBe('https://example.com/v2')

    const history = await app.rest.get(`/submissions/versions?where[parent][equals]=${first.body.doc.id}&sort=createdAt`, {
      token: leader.token,
    })
    expect(history.status).toBe(200)
    expect(history.body.docs.map((version: any) => version.version.link)).toEqual(['https://example.com/v1', 'https://example.com/v2'])
    expect(history.body.docs.every((version: any) => version.version.submittedAt)).toBe(true)
    expect((await app.payload.count({ collection: 'submissions', where: { registration: { equals: registrationId } } })).totalDocs).toBe(1)

    // Another team, a judge and anonymous users never see the history.
    const outsider = await app.createUser('participant')
    for (const token of [outsider.token, judge.token, undefined]) {
      const versions = await app.rest.get(`/submissions/versions?where[parent][equals]=${first.body.doc.id}`, { token })
      expect([200, 403]).toContain(versions.status)
      expect(versions.body.docs ?? []).toEqual([])
      expect(JSON.stringify(versions.body)).not.toContain('example.com/v1')
    }
  })
})

describe('who may submit', () => {
  it('not someone outside the team, and not a team that is not verified', async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage()])
    const { registrationId } = await verifiedTeam(app, committee, competition)
    const outsider = await app.createUser('participant')
    expect((await submit(outsider.token, registrationId, { link: 'https://example.com/x' })).status).toBe(403)
    expect((await submit(judge.token, registrationId, { link: 'https://example.com/x' })).status).toBe(403)

    const pendingLeader = await app.createUser('participant')
    const pending = await register(app, pendingLeader, competition)
    const response = await submit(pendingLeader.token, pending.body.doc.id, { link: 'https://example.com/x' })
    expect(response.status).toBe(403)
    expect(errorMessages(response.body).join('\n')).toMatch(/Only verified teams/)
  })

  it('a member who accepted their invitation submits for the team, not only the leader', async () => {
    const competition = await judgedCompetition(app, committee, [judge], [openStage()])
    const { leader, registrationId } = await verifiedTeam(app, committee, competition)
    const registration = await app.payload.findByID({ collection: 'registrations', id: registrationId })
    const member = await joinTeam(app, registration.members?.[1]?.email as string)
    const response = await submit(member.token, registrationId, { link: 'https://example.com/by-member' })
    expect(response.status).toBe(201)
    expect((await app.rest.get(`/submissions/${response.body.doc.id}`, { token: leader.token })).status).toBe(200)
  })

  it('a stage for advanced teams only refuses teams not advanced into it', async () => {
    const competition = await publishCompetition(app, committee, {
      fee: 0,
      judges: [judge.user.id],
      stages: [
        openStage(stageWindows.inGrace),
        openStage({
          ...stageWindows.onTime,
          eligibility: 'advanced',
          key: 'final',
          name: 'Final',
          opensAt: new Date(Date.now() - 5 * 60_000).toISOString(),
        }),
      ] as never,
    })
    const { leader, registrationId } = await verifiedTeam(app, committee, competition)
    const refused = await submit(leader.token, registrationId, { link: 'https://example.com/final' }, 'final')
    expect(refused.status).toBe(403)
    expect(errorMessages(refused.body).join('\n')).toMatch(/Only teams advanced into "Final"/)

    const advance = await app.rest.post(`/competitions/${competition.id}/stages/preliminary/advance`, {
      body: { registrations: [registrationId] },
      token: committee.token,
    })
    expect(advance.status).toBe(200)
    expect((await submit(leader.token, registrationId, { link: 'https://example.com/final' }, 'final')).status).toBe(201)
  })
})
