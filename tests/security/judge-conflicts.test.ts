import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { judgedCompetition, openStage, uploadSubmissionFile, verifiedTeam } from '../helpers/judging'

let app: TestApp
let committee: TestUser
let judge: TestUser
type Team = { fileName: string; leader: TestUser; registrationId: string }
let ownInstitution: Team
let declared: Team
let clear: Team

const teamWithSubmission = async (competition: { id: string }, institution: string): Promise<Team> => {
  const { leader, registrationId } = await verifiedTeam(app, committee, competition, { institution })
  const file = await uploadSubmissionFile(app, leader)
  const submission = await app.rest.post('/submissions', {
    body: { file: file.id, registration: registrationId, stage: 'preliminary' },
    token: leader.token,
  })
  expect(submission.status).toBe(201)
  return { fileName: file.filename, leader, registrationId }
}

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  judge = await app.createUser('judge', { institution: 'Institut Teknologi Bandung' })
  const competition = await judgedCompetition(app, committee, [judge], [openStage()])
  ownInstitution = await teamWithSubmission(competition, 'Institut  Teknologi Bandung')
  declared = await teamWithSubmission(competition, 'Universitas Indonesia')
  clear = await teamWithSubmission(competition, 'Universitas Airlangga')
  const conflict = await app.rest.post('/conflicts', {
    body: { reason: 'My cousin is on this team.', registration: declared.registrationId },
    token: judge.token,
  })
  expect(conflict.status).toBe(201)
})

afterAll(async () => {
  await app?.close()
})

describe('a judge in conflict with a team does not read its registration', () => {
  it('lists only the teams they may judge (REST)', async () => {
    const list = await app.rest.get('/registrations?limit=50', { token: judge.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([clear.registrationId])
    const count = await app.rest.get('/registrations/count', { token: judge.token })
    expect(count.body.totalDocs).toBe(1)
  })

  it('cannot open a conflicted registration by id: same institution or declared (REST and GraphQL)', async () => {
    for (const team of [ownInstitution, declared]) {
      const byId = await app.rest.get(`/registrations/${team.registrationId}`, { token: judge.token })
      expect([403, 404]).toContain(byId.status)
      expect(JSON.stringify(byId.body)).not.toContain(team.leader.user.email)
      const gql = await app.graphql(
        `query ($id: String!) { Registration(id: $id) { teamName members { email studentId } reviewNote feeDue } }`,
        { id: team.registrationId },
        judge.token,
      )
      expect(gql.body.data?.Registration ?? null).toBeNull()
      expect(JSON.stringify(gql.body)).not.toContain(team.leader.user.email)
    }
    const list = await app.graphql(`{ Registrations(limit: 50) { docs { id } } }`, {}, judge.token)
    expect(list.body.data.Registrations.docs.map((doc: { id: string }) => doc.id)).toEqual([clear.registrationId])
  })

  it('still reads the team they may judge', async () => {
    const byId = await app.rest.get(`/registrations/${clear.registrationId}`, { token: judge.token })
    expect(byId.status).toBe(200)
    expect(byId.body.members[0].studentCard).toBeUndefined()
    expect(byId.body.paymentProof).toBeUndefined()
  })

  it('cannot download a conflicted team’s files', async () => {
    for (const team of [ownInstitution, declared]) {
      expect([403, 404]).toContain((await app.rest.get(`/attachments/file/${team.fileName}`, { token: judge.token })).status)
    }
    expect((await app.rest.get(`/attachments/file/${clear.fileName}`, { token: judge.token })).status).toBe(200)
  })
})
