import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { judgedCompetition, openStage, uploadSubmissionFile, verifiedTeam } from '../helpers/judging'

/**
 * Judging at scale: a stage with `judgesPerSubmission` gives each submission a few judges of
 * the panel, and a judge reads, downloads and scores only what is assigned to them.
 */
let app: TestApp
let committee: TestUser
let participant: TestUser
const judges: TestUser[] = []
let competitionId: string
const teams: { file: { filename: string; id: string }; leader: TestUser; registrationId: string; submissionId: string }[] = []

const score = (token: string, submission: string) =>
  app.rest.post('/scores', {
    body: {
      criteria: [
        { criterion: 'Innovation', score: 7 },
        { criterion: 'Execution', score: 4 },
      ],
      submission,
    },
    token,
  })

const submitFor = async (team: { leader: TestUser; registrationId: string }) => {
  const file = await uploadSubmissionFile(app, team.leader)
  const submission = await app.rest.post('/submissions', {
    body: { file: file.id, registration: team.registrationId, stage: 'preliminary' },
    token: team.leader.token,
  })
  expect(submission.status).toBe(201)
  return { file, submissionId: submission.body.doc.id as string }
}

const assignmentsOf = async (submissionId: string) =>
  (
    await app.payload.find({
      collection: 'assignments',
      depth: 0,
      limit: 0,
      pagination: false,
      where: { submission: { equals: submissionId } },
    })
  ).docs.map((doc) => String(doc.judge))

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  participant = await app.createUser('participant')
  for (let i = 0; i < 4; i++) judges.push(await app.createUser('judge', i === 0 ? { institution: 'Institut Teknologi Bandung' } : {}))
  const competition = await judgedCompetition(app, committee, judges, [openStage({ judgesPerSubmission: 2 })])
  competitionId = competition.id
  for (const institution of ['Universitas Gadjah Mada', 'Institut Teknologi Bandung', 'ITS', 'Universitas Indonesia', 'Telkom', 'Binus']) {
    const team = await verifiedTeam(app, committee, competition, { institution })
    teams.push({ ...team, ...(await submitFor(team)) })
  }
})

afterAll(async () => {
  await app?.close()
})

describe('assigning a stage', () => {
  it('is for the committee only (anonymous 401; participant and judge 403), and needs judgesPerSubmission', async () => {
    const path = `/competitions/${competitionId}/stages/preliminary/assign`
    expect((await app.rest.post(path)).status).toBe(401)
    expect((await app.rest.post(path, { token: participant.token })).status).toBe(403)
    expect((await app.rest.post(path, { token: judges[1].token })).status).toBe(403)
    expect((await app.rest.post(`/competitions/${competitionId}/stages/nope/assign`, { token: committee.token })).status).toBe(404)
    expect(await app.payload.count({ collection: 'assignments' })).toEqual({ totalDocs: 0 })
  })

  it('gives each submission two judges, never one from the team’s institution, balanced across the panel', async () => {
    const response = await app.rest.post(`/competitions/${competitionId}/stages/preliminary/assign`, { token: committee.token })
    expect(response.status).toBe(200)
    expect(response.body.added).toBe(12)
    expect(response.body.shortfalls).toEqual([])
    const loads = response.body.perJudge.map((entry: { assigned: number }) => entry.assigned)
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1)
    for (const team of teams) expect(await assignmentsOf(team.submissionId)).toHaveLength(2)
    // judges[0] is from ITB, the team of teams[1].
    expect(await assignmentsOf(teams[1].submissionId)).not.toContain(String(judges[0].user.id))
    // Pressing again adds nothing.
    const again = await app.rest.post(`/competitions/${competitionId}/stages/preliminary/assign`, { token: committee.token })
    expect(again.body.added).toBe(0)
    expect(again.body.total).toBe(12)
  })

  it('a late submission is assigned as it arrives', async () => {
    const competition = { id: competitionId }
    const team = await verifiedTeam(app, committee, competition, { institution: 'Universitas Brawijaya' })
    const late = { ...team, ...(await submitFor(team)) }
    teams.push(late)
    expect(await assignmentsOf(late.submissionId)).toHaveLength(2)
  })
})

describe('a judge sees and scores only what is assigned', () => {
  const assignedTo = async (judge: TestUser) => {
    const all = await app.payload.find({
      collection: 'assignments',
      depth: 0,
      limit: 0,
      pagination: false,
      where: { judge: { equals: judge.user.id } },
    })
    return all.docs.map((doc) => String(doc.submission))
  }

  it('lists only assigned submissions (REST and GraphQL) and downloads only their files', async () => {
    const judge = judges[1]
    const mine = await assignedTo(judge)
    expect(mine.length).toBeGreaterThan(0)
    const list = await app.rest.get(`/submissions?limit=100`, { token: judge.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: string }) => doc.id).sort()).toEqual([...mine].sort())
    const graph = await app.graphql<{ Submissions: { docs: { id: string }[] } }>(
      '{ Submissions(limit: 100) { docs { id } } }',
      {},
      judge.token,
    )
    expect(graph.body.data?.Submissions.docs.map((doc) => doc.id).sort()).toEqual([...mine].sort())

    const other = teams.find((team) => !mine.includes(team.submissionId)) as (typeof teams)[number]
    expect((await app.rest.get(`/submissions/${other.submissionId}`, { token: judge.token })).status).toBe(404)
    expect([403, 404]).toContain((await app.rest.get(`/attachments/file/${other.file.filename}`, { token: judge.token })).status)
    const own = teams.find((team) => mine.includes(team.submissionId)) as (typeof teams)[number]
    expect((await app.rest.get(`/attachments/file/${own.file.filename}`, { token: judge.token })).status).toBe(200)
  })

  it('scores an assigned submission; a not-assigned one is refused with 403 and nothing stored', async () => {
    const judge = judges[2]
    const mine = await assignedTo(judge)
    const other = teams.find((team) => !mine.includes(team.submissionId)) as (typeof teams)[number]
    const refused = await score(judge.token, other.submissionId)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toMatch(/not assigned to you/)
    expect((await app.payload.count({ collection: 'scores', where: { judge: { equals: judge.user.id } } })).totalDocs).toBe(0)
    const accepted = await score(judge.token, mine[0])
    expect(accepted.status).toBe(201)
  })

  it('judges read their own assignments only; participants none; nobody but the committee writes them (REST and GraphQL)', async () => {
    const judge = judges[3]
    const own = await app.rest.get('/assignments?limit=100', { token: judge.token })
    expect(own.status).toBe(200)
    expect(
      own.body.docs.every(
        (doc: { judge: { id: string } | string }) => (typeof doc.judge === 'object' ? doc.judge.id : doc.judge) === judge.user.id,
      ),
    ).toBe(true)
    expect((await app.rest.get('/assignments', { token: participant.token })).status).toBe(403)
    expect((await app.rest.get('/assignments')).status).toBe(403)
    const first = (await app.payload.find({ collection: 'assignments', limit: 1 })).docs[0]
    for (const token of [judge.token, participant.token, undefined]) {
      expect([401, 403]).toContain(
        (await app.rest.post('/assignments', { body: { judge: judge.user.id, submission: teams[0].submissionId }, token })).status,
      )
      expect([401, 403, 404]).toContain(
        (await app.rest.patch(`/assignments/${first.id}`, { body: { judge: judge.user.id }, token })).status,
      )
      expect([401, 403, 404]).toContain((await app.rest.delete(`/assignments/${first.id}`, { token })).status)
    }
    const mutation = await app.graphql(`mutation { deleteAssignment(id: "${first.id}") { id } }`, {}, judge.token)
    expect(mutation.body.errors?.[0]?.message).toBeTruthy()
    expect(await app.payload.findByID({ collection: 'assignments', id: first.id })).toBeTruthy()
  })
})

describe('moving and handing over assignments', () => {
  it('the committee moves one by hand; a conflicted or off-panel judge, or a duplicate, is refused', async () => {
    const target = teams[1] // ITB team; judges[0] is from ITB
    const assignments = await app.payload.find({
      collection: 'assignments',
      depth: 0,
      where: { submission: { equals: target.submissionId } },
    })
    const current = assignments.docs.map((doc) => String(doc.judge))
    const movable = assignments.docs.find((doc) => String(doc.judge) !== String(judges[2].user.id)) ?? assignments.docs[0]
    const conflicted = await app.rest.patch(`/assignments/${movable.id}`, { body: { judge: judges[0].user.id }, token: committee.token })
    expect(conflicted.status).toBe(400)
    expect(JSON.stringify(conflicted.body)).toMatch(/conflict/)
    const duplicate = current.find((judge) => judge !== String(movable.judge)) as string
    expect((await app.rest.patch(`/assignments/${movable.id}`, { body: { judge: duplicate }, token: committee.token })).status).toBe(409)
    const outsider = await app.createUser('judge')
    expect((await app.rest.patch(`/assignments/${movable.id}`, { body: { judge: outsider.user.id }, token: committee.token })).status).toBe(
      400,
    )
    const free = judges.find((judge) => ![...current, String(judges[0].user.id)].includes(String(judge.user.id)))
    if (free) {
      const moved = await app.rest.patch(`/assignments/${movable.id}`, { body: { judge: free.user.id }, token: committee.token })
      expect(moved.status).toBe(200)
      expect(await assignmentsOf(target.submissionId)).toContain(String(free.user.id))
    }
  })

  it('a judge declaring a conflict hands the submission to another judge', async () => {
    const judge = judges[3]
    const mine = (await app.payload.find({ collection: 'assignments', depth: 0, where: { judge: { equals: judge.user.id } } })).docs
    const scoredKeys = new Set(
      (await app.payload.find({ collection: 'scores', depth: 0, limit: 0, pagination: false })).docs.map((doc) => doc.key),
    )
    const handed = mine.find((doc) => !scoredKeys.has(`${doc.submission}:${judge.user.id}`)) as (typeof mine)[number]
    const declared = await app.rest.post('/conflicts', {
      body: { reason: 'My cousin is on this team.', registration: handed.registration },
      token: judge.token,
    })
    expect(declared.status).toBe(201)
    const now = await assignmentsOf(String(handed.submission))
    expect(now).not.toContain(String(judge.user.id))
    expect(now).toHaveLength(2)
    expect((await app.rest.get(`/submissions/${handed.submission}`, { token: judge.token })).status).toBe(404)
  })
})

describe('progress and deadline', () => {
  it('shows scores given against assigned per judge and per submission (committee only)', async () => {
    const path = `/competitions/${competitionId}/stages/preliminary/progress`
    expect((await app.rest.get(path, { token: judges[1].token })).status).toBe(403)
    const progress = await app.rest.get(path, { token: committee.token })
    expect(progress.status).toBe(200)
    expect(progress.body.mode).toBe('assigned')
    const scorer = progress.body.judges.find((entry: { judge: string }) => entry.judge === String(judges[2].user.id))
    expect(scorer.scored).toBe(1)
    expect(progress.body.submissions.every((entry: { assigned: number }) => entry.assigned === 2)).toBe(true)
    expect(progress.body.submissions.reduce((sum: number, entry: { scored: number }) => sum + entry.scored, 0)).toBe(1)
    // The overview expects one score per assignment (7 teams × 2 judges), not the whole panel's.
    const stats = await app.rest.get(`/competitions/${competitionId}/stats`, { token: committee.token })
    expect(stats.body.judging[0]).toMatchObject({ scoresExpected: 14, scoresGiven: 1, stage: 'preliminary' })
  })

  it('refuses scores after the judging deadline until the committee reopens it', async () => {
    const competition = await app.payload.findByID({ collection: 'competitions', depth: 0, id: competitionId })
    const setDeadline = (judgingClosesAt: null | string) =>
      app.rest.patch(`/competitions/${competitionId}`, {
        body: { stages: (competition.stages ?? []).map((stage) => ({ ...stage, judgingClosesAt })) },
        token: committee.token,
      })
    expect((await setDeadline(new Date(Date.now() - 60_000).toISOString())).status).toBe(200)
    const judge = judges[1]
    const mine = (await app.payload.find({ collection: 'assignments', depth: 0, where: { judge: { equals: judge.user.id } } })).docs
    const closed = await score(judge.token, String(mine[0].submission))
    expect(closed.status).toBe(409)
    expect(JSON.stringify(closed.body)).toMatch(/closed on .* WIB; ask the committee to reopen it/)
    expect((await setDeadline(new Date(Date.now() + 86_400_000).toISOString())).status).toBe(200)
    expect((await score(judge.token, String(mine[0].submission))).status).toBe(201)
  })

  it('ranks with the additive method when the stage asks for it, with each team’s number of scores', async () => {
    const competition = await app.payload.findByID({ collection: 'competitions', depth: 0, id: competitionId })
    await app.rest.patch(`/competitions/${competitionId}`, {
      body: { stages: (competition.stages ?? []).map((stage) => ({ ...stage, rankingMethod: 'additive' })) },
      token: committee.token,
    })
    const ranking = await app.rest.get(`/competitions/${competitionId}/stages/preliminary/ranking`, { token: committee.token })
    expect(ranking.status).toBe(200)
    const scoredTeams = ranking.body.ranking.filter((row: { judges: number }) => row.judges > 0)
    expect(scoredTeams.length).toBeGreaterThan(0)
    expect(scoredTeams.every((row: { normalisedScore: number }) => typeof row.normalisedScore === 'number')).toBe(true)
  })
})

// Last: its whole-panel competition puts the same judges on another panel.
describe('stages that do not assign', () => {
  it('a whole-panel stage refuses "assign" (400) and expects every judge not in conflict; a competition without judges cannot assign', async () => {
    const wholePanel = await judgedCompetition(app, committee, judges, [openStage()])
    const team = await verifiedTeam(app, committee, wholePanel, { institution: 'Institut Teknologi Bandung' })
    await app.rest.post('/submissions', {
      body: { file: (await uploadSubmissionFile(app, team.leader)).id, registration: team.registrationId, stage: 'preliminary' },
      token: team.leader.token,
    })
    const refused = await app.rest.post(`/competitions/${wholePanel.id}/stages/preliminary/assign`, { token: committee.token })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/Judges per submission/)
    expect((await app.payload.count({ collection: 'assignments', where: { competition: { equals: wholePanel.id } } })).totalDocs).toBe(0)
    const progress = await app.rest.get(`/competitions/${wholePanel.id}/stages/preliminary/progress`, { token: committee.token })
    expect(progress.body.mode).toBe('whole-panel')
    // Four judges, one of them from the team's institution (ITB): three expected.
    expect(progress.body.submissions[0]).toMatchObject({ assigned: 3, scored: 0 })

    const noPanel = await judgedCompetition(app, committee, [], [openStage({ judgesPerSubmission: 2 })])
    const empty = await app.rest.post(`/competitions/${noPanel.id}/stages/preliminary/assign`, { token: committee.token })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body)).toMatch(/no judges yet/)
  })
})
