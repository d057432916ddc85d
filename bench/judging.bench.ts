import { afterAll, beforeAll, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../tests/helpers/app'
import { openStage, uploadSubmissionFile, verifiedTeam } from '../tests/helpers/judging'
import { publishCompetition } from '../tests/helpers/registrations'
import { record, summarise, timed, writeReport } from './measure'

/**
 * A judged stage of TEAMS teams scored by JUDGES judges: what the committee and the judges wait
 * on in /admin/judging and through the API. Outcomes are checked; timings only reported.
 */
const TEAMS = Number(process.env.BENCH_JUDGED_TEAMS ?? 60)
const JUDGES = Number(process.env.BENCH_JUDGES ?? 5)
const REPEAT = 20

let app: TestApp
let committee: TestUser
let judges: TestUser[]
let competitionId: string
const files: string[] = []

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  judges = []
  for (let index = 0; index < JUDGES; index++) judges.push(await app.createUser('judge', { institution: `Judging Institute ${index}` }))
  const competition = await publishCompetition(app, committee, {
    fee: 0,
    judges: judges.map((judge) => judge.user.id),
    quota: null,
    stages: [openStage()] as never,
  })
  competitionId = competition.id
  const submissions: string[] = []
  for (let index = 0; index < TEAMS; index++) {
    const { leader, registrationId } = await verifiedTeam(app, committee, competition, { institution: `Kampus ${index}` })
    const file = await uploadSubmissionFile(app, leader)
    const submission = await app.rest.post('/submissions', {
      body: { file: file.id, registration: registrationId, stage: 'preliminary' },
      token: leader.token,
    })
    expect(submission.status).toBe(201)
    submissions.push(submission.body.doc.id)
    files.push(file.filename)
  }
  for (const [judgeIndex, judge] of judges.entries()) {
    for (const [teamIndex, submission] of submissions.entries()) {
      const innovation = (teamIndex * 7 + judgeIndex * 3) % 11
      const response = await app.rest.post('/scores', {
        body: {
          criteria: [
            { criterion: 'Innovation', score: innovation },
            { criterion: 'Execution', score: (teamIndex + judgeIndex) % 6 },
          ],
          submission,
        },
        token: judge.token,
      })
      expect(response.status).toBe(201)
    }
  }
})

afterAll(async () => {
  writeReport('judging')
  await app?.close()
})

const repeat = async (name: string, request: () => Promise<{ status: number }>) => {
  const durations: number[] = []
  for (let index = 0; index < REPEAT; index++) {
    const { ms, result } = await timed(request)
    expect(result.status).toBe(200)
    durations.push(ms)
  }
  record(summarise(name, durations))
}

it(`ranking of ${TEAMS} teams × ${JUDGES} judges (committee)`, async () => {
  const response = await app.rest.get(`/competitions/${competitionId}/stages/preliminary/ranking`, { token: committee.token })
  expect(response.body.ranking).toHaveLength(TEAMS)
  expect(response.body.ranking.every((row: { judges: number }) => row.judges === JUDGES)).toBe(true)
  await repeat(`GET ranking, ${TEAMS} teams × ${JUDGES} judges`, () =>
    app.rest.get(`/competitions/${competitionId}/stages/preliminary/ranking`, { token: committee.token }),
  )
})

it('a judge lists the submissions they may see', async () => {
  const response = await app.rest.get('/submissions?limit=100&depth=0', { token: judges[0].token })
  expect(response.body.totalDocs).toBe(TEAMS)
  await repeat(`GET /api/submissions as a judge (${TEAMS} visible)`, () =>
    app.rest.get('/submissions?limit=100&depth=0', { token: judges[0].token }),
  )
})

it("a judge downloads a team's file (access checked per request)", async () => {
  await repeat('GET /api/attachments/file/<name> as a judge', () =>
    app.rest.get(`/attachments/file/${files[TEAMS - 1]}`, { token: judges[0].token }),
  )
})

it('a judge lists the scores they may read, after the results are published', async () => {
  expect(
    (await app.rest.post(`/competitions/${competitionId}/stages/preliminary/publish`, { body: {}, token: committee.token })).status,
  ).toBe(200)
  const response = await app.rest.get('/scores?limit=1000&depth=0', { token: judges[0].token })
  expect(response.body.totalDocs).toBe(TEAMS * JUDGES)
  await repeat(`GET /api/scores as a judge (${TEAMS * JUDGES} visible)`, () =>
    app.rest.get('/scores?limit=1000&depth=0', { token: judges[0].token }),
  )
})

it('anyone reads the published results', async () => {
  await repeat('GET /api/competitions/:id/results (anonymous)', () => app.rest.get(`/competitions/${competitionId}/results`))
})
