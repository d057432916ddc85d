import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { scoringQueue } from '../../src/judging/queue'
import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { judgedCompetition, openStage, stageWindows, uploadSubmissionFile, verifiedTeam } from '../helpers/judging'

let app: TestApp
let committee: TestUser
let judge: TestUser
let harshJudge: TestUser
let outsideJudge: TestUser
let sameInstitutionJudge: TestUser
let competitionId: string
const teams: { file: { filename: string; id: string }; leader: TestUser; registrationId: string; submissionId: string }[] = []

const score = (token: string, submission: string, innovation: number, execution: number) =>
  app.rest.post('/scores', {
    body: {
      criteria: [
        { criterion: 'Innovation', score: innovation },
        { criterion: 'Execution', score: execution },
      ],
      submission,
    },
    token,
  })

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  judge = await app.createUser('judge')
  harshJudge = await app.createUser('judge')
  outsideJudge = await app.createUser('judge')
  sameInstitutionJudge = await app.createUser('judge', { institution: 'Universitas Gadjah Mada' })
  const competition = await judgedCompetition(
    app,
    committee,
    [judge, harshJudge, sameInstitutionJudge],
    [
      openStage(),
      openStage({
        ...stageWindows.onTime,
        closesAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        eligibility: 'advanced',
        key: 'final',
        name: 'Final',
        opensAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      }),
    ],
  )
  competitionId = competition.id
  await judgedCompetition(app, committee, [outsideJudge], [openStage()])
  for (const institution of ['Universitas Gadjah Mada', 'ITB', 'ITS', 'UI']) {
    const { leader, registrationId } = await verifiedTeam(app, committee, competition, { institution })
    const file = await uploadSubmissionFile(app, leader)
    const submission = await app.rest.post('/submissions', {
      body: { file: file.id, registration: registrationId, stage: 'preliminary' },
      token: leader.token,
    })
    expect(submission.status).toBe(201)
    teams.push({ file, leader, registrationId, submissionId: submission.body.doc.id })
  }
})

afterAll(async () => {
  await app?.close()
})

describe('reading submissions', () => {
  it('a judge of the competition reads them and downloads the files', async () => {
    const list = await app.rest.get(`/submissions?where[competition][equals]=${competitionId}&limit=50`, { token: judge.token })
    expect(list.body.docs).toHaveLength(4)
    expect((await app.rest.get(`/attachments/file/${teams[1].file.filename}`, { token: judge.token })).status).toBe(200)
  })

  it('a judge of another competition, another team and anonymous users cannot (REST, GraphQL, file URL)', async () => {
    for (const token of [outsideJudge.token, teams[1].leader.token, undefined]) {
      expect([403, 404]).toContain((await app.rest.get(`/submissions/${teams[0].submissionId}`, { token })).status)
      const file = await app.rest.get(`/attachments/file/${teams[0].file.filename}`, { token })
      expect([403, 404]).toContain(file.status)
      const gql = await app.graphql(`query ($id: String!) { Submission(id: $id) { id stage } }`, { id: teams[0].submissionId }, token)
      expect(gql.body.data?.Submission ?? null).toBeNull()
    }
    const ownTeam = await app.rest.get('/submissions', { token: teams[1].leader.token })
    expect(ownTeam.body.docs.map((doc: { id: string }) => doc.id)).toEqual([teams[1].submissionId])
  })

  it('a judge from the same institution as a team neither reads nor scores its work', async () => {
    const list = await app.rest.get('/submissions?limit=50', { token: sameInstitutionJudge.token })
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).not.toContain(teams[0].submissionId)
    expect(list.body.docs).toHaveLength(3)
    expect([403, 404]).toContain(
      (await app.rest.get(`/attachments/file/${teams[0].file.filename}`, { token: sameInstitutionJudge.token })).status,
    )
    const response = await score(sameInstitutionJudge.token, teams[0].submissionId, 5, 3)
    expect(response.status).toBe(403)
    expect(errorMessages(response.body).join('\n')).toMatch(/same institution/)
  })

  it('a judge who declares a conflict loses access to that team', async () => {
    const declare = await app.rest.post('/conflicts', {
      body: { reason: 'My cousin is in this team', registration: teams[3].registrationId },
      token: sameInstitutionJudge.token,
    })
    expect(declare.status).toBe(201)
    expect([403, 404]).toContain(
      (await app.rest.get(`/submissions/${teams[3].submissionId}`, { token: sameInstitutionJudge.token })).status,
    )
    expect((await score(sameInstitutionJudge.token, teams[3].submissionId, 5, 3)).status).toBe(403)
    // Declared conflicts are the judge's own; another judge does not see them.
    expect((await app.rest.get('/conflicts', { token: judge.token })).body.docs).toHaveLength(0)
  })
})

describe('scoring', () => {
  it('computes the weighted total on the server, ignoring any total in the body', async () => {
    const response = await app.rest.post('/scores', {
      body: {
        criteria: [
          { criterion: 'Innovation', score: 8 },
          { criterion: 'Execution', score: 3 },
        ],
        judge: harshJudge.user.id,
        submission: teams[0].submissionId,
        total: 100,
      },
      token: judge.token,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.total).toBe(73.33)
    expect(response.body.doc.judge.id ?? response.body.doc.judge).toBe(judge.user.id)
  })

  it('refuses out-of-range and missing criteria (400) and a second score (409)', async () => {
    const outOfRange = await score(judge.token, teams[1].submissionId, 11, 3)
    expect(outOfRange.status).toBe(400)
    expect(errorMessages(outOfRange.body).join('\n')).toMatch(/criteria: "Innovation" is scored from 0 to 10; 11 is outside/)
    const missing = await app.rest.post('/scores', {
      body: { criteria: [{ criterion: 'Innovation', score: 5 }], submission: teams[1].submissionId },
      token: judge.token,
    })
    expect(missing.status).toBe(400)
    expect(errorMessages(missing.body).join('\n')).toMatch(/Score "Execution"/)
    expect((await score(judge.token, teams[0].submissionId, 1, 1)).status).toBe(409)
  })

  it('participants, committee and judges of other competitions cannot score', async () => {
    expect((await score(teams[1].leader.token, teams[1].submissionId, 5, 5)).status).toBe(403)
    expect((await score(committee.token, teams[1].submissionId, 5, 5)).status).toBe(403)
    const outside = await score(outsideJudge.token, teams[1].submissionId, 5, 5)
    expect(outside.status).toBe(403)
    expect(errorMessages(outside.body).join('\n')).toMatch(/not a judge of/)
  })

  it('participants and anonymous users read no scores, through REST or GraphQL', async () => {
    for (const token of [teams[0].leader.token, undefined]) {
      expect((await app.rest.get('/scores', { token })).status).toBe(403)
      const gql = await app.graphql(`{ Scores { docs { total } } }`, {}, token)
      expect(gql.body.data?.Scores ?? null).toBeNull()
    }
  })

  it('judges see only their own scores; updating a score recomputes it', async () => {
    await score(harshJudge.token, teams[0].submissionId, 2, 1)
    const own = await app.rest.get('/scores', { token: judge.token })
    expect(
      own.body.docs.every(
        (doc: { judge: { id: string } | string }) => (typeof doc.judge === 'object' ? doc.judge.id : doc.judge) === judge.user.id,
      ),
    ).toBe(true)
    const mine = own.body.docs[0]
    const updated = await app.rest.patch(`/scores/${mine.id}`, {
      body: {
        criteria: [
          { criterion: 'Innovation', score: 10 },
          { criterion: 'Execution', score: 5 },
        ],
      },
      token: judge.token,
    })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.total).toBe(100)
    const others = await app.rest.get('/scores?limit=50', { token: harshJudge.token })
    expect(others.body.docs.map((doc: { id: string }) => doc.id)).not.toContain(mine.id)
    expect([403, 404]).toContain(
      (await app.rest.patch(`/scores/${mine.id}`, { body: { comment: 'mine now' }, token: harshJudge.token })).status,
    )
  })
})

describe('ranking, advancing and results', () => {
  it('ranks with per-judge normalisation for the committee only', async () => {
    // Totals: judge   team0 100 (updated above), team1 80, team2 60   → mean 80,    sd 16.33
    //         harsh   team0 20, team1 23.33, team3 10              → mean 17.78, sd 5.666
    // z-scores: team0 (1.2247 + 0.3922)/2 = 0.8086; team1 (0 + 0.9805)/2 = 0.4902;
    //           team2 −1.2247 (one judge); team3 −1.3729 (one judge).
    await score(judge.token, teams[1].submissionId, 8, 4)
    await score(judge.token, teams[2].submissionId, 6, 3)
    await score(harshJudge.token, teams[1].submissionId, 2, 1.5)
    await score(harshJudge.token, teams[3].submissionId, 1, 0.5)
    for (const token of [judge.token, teams[0].leader.token, undefined]) {
      expect([401, 403]).toContain((await app.rest.get(`/competitions/${competitionId}/stages/preliminary/ranking`, { token })).status)
    }
    const response = await app.rest.get(`/competitions/${competitionId}/stages/preliminary/ranking`, { token: committee.token })
    expect(response.status).toBe(200)
    const rows = response.body.ranking as { judges: number; meanTotal: number; normalisedScore: number; registration: string }[]
    expect(rows.map((row) => row.registration)).toEqual([
      teams[0].registrationId,
      teams[1].registrationId,
      teams[2].registrationId,
      teams[3].registrationId,
    ])
    const expected = [
      { judges: 2, meanTotal: 60, normalisedScore: 0.8086 },
      { judges: 2, meanTotal: 51.67, normalisedScore: 0.4902 },
      { judges: 1, meanTotal: 60, normalisedScore: -1.2247 },
      { judges: 1, meanTotal: 10, normalisedScore: -1.3729 },
    ]
    rows.forEach((row, index) => {
      expect(row.judges).toBe(expected[index].judges)
      expect(row.meanTotal).toBeCloseTo(expected[index].meanTotal, 2)
      expect(row.normalisedScore).toBeCloseTo(expected[index].normalisedScore, 3)
    })
  })

  it('advances the top N into the next stage, records it and emails the teams', async () => {
    const response = await app.rest.post(`/competitions/${competitionId}/stages/preliminary/advance`, {
      body: { top: 2 },
      token: committee.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.advanced.sort()).toEqual([teams[0].registrationId, teams[1].registrationId].sort())
    const registration = await app.payload.findByID({ collection: 'registrations', id: teams[0].registrationId })
    expect(registration.progress?.map((entry) => entry.stage)).toEqual(['final'])
    await app.mailbox.waitFor(teams[0].leader.user.email, (m) => /advance to Final/.test(m.subject))
    expect(
      (await app.rest.post(`/competitions/${competitionId}/stages/preliminary/advance`, { body: { top: 2 }, token: judge.token })).status,
    ).toBe(403)
  })

  it('shows nothing before results are published', async () => {
    const results = await app.rest.get(`/competitions/${competitionId}/results`)
    expect(results.status).toBe(200)
    expect(results.body.stages).toEqual([])
    expect(results.body.winners).toEqual([])
  })

  it('only the committee publishes results; bad requests say what is wrong', async () => {
    const publishPath = `/competitions/${competitionId}/stages/preliminary/publish`
    expect((await app.rest.post(publishPath, { body: {} })).status).toBe(401)
    for (const token of [judge.token, teams[0].leader.token])
      expect((await app.rest.post(publishPath, { body: {}, token })).status).toBe(403)
    for (const [method, action] of [
      ['get', 'ranking'],
      ['post', 'advance'],
      ['post', 'publish'],
    ] as const) {
      const path = `/competitions/00000000-0000-4000-8000-000000000000/stages/preliminary/${action}`
      const unknownCompetition =
        method === 'get'
          ? await app.rest.get(path, { token: committee.token })
          : await app.rest.post(path, { body: { top: 1 }, token: committee.token })
      expect(unknownCompetition.status, action).toBe(404)
      expect(errorMessages(unknownCompetition.body).join('\n')).toMatch(/No competition has the id/)
    }
    const unknownStage = await app.rest.post(`/competitions/${competitionId}/stages/semifinal/publish`, {
      body: {},
      token: committee.token,
    })
    expect(unknownStage.status).toBe(404)
    expect(errorMessages(unknownStage.body).join('\n')).toMatch(/no stage "semifinal"/)
    const badFlag = await app.rest.post(publishPath, { body: { published: 'yes' }, token: committee.token })
    expect(badFlag.status).toBe(400)
    expect(errorMessages(badFlag.body).join('\n')).toMatch(/"published" must be true/)
    const stored = await app.payload.findByID({ collection: 'competitions', id: competitionId })
    expect(stored.stages?.some((stage) => stage.resultsPublished)).toBe(false)
    expect((await app.rest.get(`/competitions/${competitionId}/results`)).body.stages).toEqual([])
  })

  it('refuses to publish results while the competition has an unpublished draft, which would go public with them', async () => {
    const draft = await app.rest.patch(`/competitions/${competitionId}?draft=true`, {
      body: { summary: 'Half-written announcement' },
      token: committee.token,
    })
    expect(draft.status).toBe(200)
    const refused = await app.rest.post(`/competitions/${competitionId}/stages/preliminary/publish`, { body: {}, token: committee.token })
    expect(refused.status).toBe(409)
    expect(errorMessages(refused.body).join('\n')).toMatch(/unpublished draft changes/)
    const published = await app.payload.findByID({ collection: 'competitions', id: competitionId })
    expect(published.summary).not.toBe('Half-written announcement')
    expect(published.stages?.some((stage) => stage.resultsPublished)).toBe(false)
    // The committee publishes the draft (here: as it stands); then the results can go out.
    expect(
      (await app.rest.patch(`/competitions/${competitionId}`, { body: { _status: 'published' }, token: committee.token })).status,
    ).toBe(200)
  })

  it('publishing a stage shows the advanced teams publicly (name and institution only) and locks its scores', async () => {
    const publish = await app.rest.post(`/competitions/${competitionId}/stages/preliminary/publish`, { body: {}, token: committee.token })
    expect(publish.status).toBe(200)
    expect(publish.body).toEqual({ competition: competitionId, resultsPublished: true, stage: 'preliminary' })
    const stages = (await app.payload.findByID({ collection: 'competitions', id: competitionId })).stages ?? []
    expect(stages.map((stage) => [stage.key, Boolean(stage.resultsPublished)])).toEqual([
      ['preliminary', true],
      ['final', false],
    ])
    const results = await app.rest.get(`/competitions/${competitionId}/results`)
    expect(results.body.stages).toHaveLength(1)
    const advanced = results.body.stages[0].advanced as Record<string, unknown>[]
    expect(advanced).toHaveLength(2)
    for (const team of advanced) expect(Object.keys(team).sort()).toEqual(['institution', 'teamName'])
    const raw = JSON.stringify(results.body)
    for (const team of teams) {
      expect(raw).not.toContain(team.leader.user.email)
      expect(raw).not.toContain(team.registrationId)
    }
    const locked = await score(harshJudge.token, teams[2].submissionId, 5, 5)
    expect(locked.status).toBe(409)
    expect(errorMessages(locked.body).join('\n')).toMatch(/scores are locked/)
  })

  it("once a stage is published its judges read the panel's scores of it, except for teams they are in conflict with (REST and GraphQL)", async () => {
    const all = await app.payload.find({
      collection: 'scores',
      limit: 0,
      pagination: false,
      where: { competition: { equals: competitionId } },
    })
    const idOf = (value: unknown) => String(typeof value === 'object' && value ? (value as { id: string }).id : value)
    const ids = (docs: { id: string }[]) => docs.map((doc) => doc.id).sort()
    expect(all.docs).toHaveLength(6)

    const panel = await app.rest.get('/scores?limit=50', { token: harshJudge.token })
    expect(ids(panel.body.docs)).toEqual(ids(all.docs))

    // Teams 0 (same institution) and 3 (declared) stay hidden from the conflicted judge.
    const conflictedTeams = [teams[0].registrationId, teams[3].registrationId]
    const visible = ids(all.docs.filter((doc) => !conflictedTeams.includes(idOf(doc.registration))))
    expect(visible).toHaveLength(3)
    expect(ids((await app.rest.get('/scores?limit=50', { token: sameInstitutionJudge.token })).body.docs)).toEqual(visible)
    const gql = await app.graphql<{ Scores: { docs: { id: string }[] } }>(
      `{ Scores(limit: 50) { docs { id } } }`,
      {},
      sameInstitutionJudge.token,
    )
    expect(ids(gql.body.data?.Scores.docs ?? [])).toEqual(visible)
    const hidden = all.docs.find((doc) => idOf(doc.registration) === teams[0].registrationId)!
    expect([403, 404]).toContain((await app.rest.get(`/scores/${hidden.id}`, { token: sameInstitutionJudge.token })).status)

    // A judge of another competition still reads none, and nobody changes another judge's score.
    expect((await app.rest.get('/scores?limit=50', { token: outsideJudge.token })).body.docs).toEqual([])
    const outsideGql = await app.graphql<{ Scores: { docs: { id: string }[] } }>(
      `{ Scores(limit: 50) { docs { id } } }`,
      {},
      outsideJudge.token,
    )
    expect(outsideGql.body.data?.Scores.docs).toEqual([])
    const judgesScore = all.docs.find((doc) => idOf(doc.judge) === judge.user.id)!
    expect([403, 404]).toContain(
      (await app.rest.patch(`/scores/${judgesScore.id}`, { body: { comment: 'overruled' }, token: harshJudge.token })).status,
    )
    expect((await app.payload.findByID({ collection: 'scores', id: judgesScore.id })).comment ?? null).toBeNull()
  })

  it("a judge's queue in /admin/judging lists what they have not scored, also once the panel's scores are readable", async () => {
    const queueOf = async (account: TestUser) => {
      const req = await createLocalReq({ user: { ...account.user, collection: 'users' } as never }, app.payload)
      return (await scoringQueue(req)).docs.map((submission) => submission.id)
    }
    // Scored so far: judge teams 0, 1, 2; harsh judge 0, 1, 3; the same-institution judge none (and sees 1, 2 only).
    expect(await queueOf(judge)).toEqual([teams[3].submissionId])
    expect(await queueOf(harshJudge)).toEqual([teams[2].submissionId])
    expect((await queueOf(sameInstitutionJudge)).sort()).toEqual([teams[1].submissionId, teams[2].submissionId].sort())
    expect(await queueOf(outsideJudge)).toEqual([])
  })

  it('withdrawn results disappear from the public list until they are published again', async () => {
    const publishPath = `/competitions/${competitionId}/stages/preliminary/publish`
    expect((await app.rest.post(publishPath, { body: { published: false }, token: committee.token })).status).toBe(200)
    expect((await app.rest.get(`/competitions/${competitionId}/results`)).body.stages).toEqual([])
    // Withdrawn, the stage is open to scoring again (the harsh judge has not scored team 2 yet)…
    const late = await score(harshJudge.token, teams[2].submissionId, 4, 2)
    expect(late.status).toBe(201)
    expect((await app.rest.post(publishPath, { body: { published: true }, token: committee.token })).status).toBe(200)
    expect((await app.rest.get(`/competitions/${competitionId}/results`)).body.stages).toHaveLength(1)
    // …and published again, locked: the score just given cannot change.
    const relocked = await app.rest.patch(`/scores/${late.body.doc.id}`, {
      body: {
        criteria: [
          { criterion: 'Innovation', score: 10 },
          { criterion: 'Execution', score: 5 },
        ],
      },
      token: harshJudge.token,
    })
    expect(relocked.status).toBe(409)
    expect(errorMessages(relocked.body).join('\n')).toMatch(/scores are locked/)
    expect((await app.payload.findByID({ collection: 'scores', id: late.body.doc.id })).total).toBe(40)
  })

  it('the last stage, once published, lists the winners with their placings', async () => {
    await app.rest.patch(`/registrations/${teams[1].registrationId}`, { body: { placing: 'first' }, token: committee.token })
    await app.rest.patch(`/registrations/${teams[0].registrationId}`, { body: { placing: 'second' }, token: committee.token })
    // A team cannot give itself a placing: the value is ignored.
    await app.rest.patch(`/registrations/${teams[2].registrationId}`, { body: { placing: 'first' }, token: teams[2].leader.token })
    expect((await app.payload.findByID({ collection: 'registrations', id: teams[2].registrationId })).placing ?? null).toBeNull()
    expect((await app.rest.get(`/competitions/${competitionId}/results`)).body.winners).toEqual([])

    const competition = await app.payload.findByID({ collection: 'competitions', id: competitionId })
    await app.rest.patch(`/competitions/${competitionId}`, {
      body: { stages: competition.stages?.map((stage) => ({ ...stage, resultsPublished: true })) },
      token: committee.token,
    })
    const results = await app.rest.get(`/competitions/${competitionId}/results`)
    expect(results.body.winners.map((winner: { placing: string }) => winner.placing)).toEqual(['first', 'second'])
    expect(Object.keys(results.body.winners[0]).sort()).toEqual(['institution', 'placing', 'teamName'])
  })
})
