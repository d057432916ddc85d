import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApp, type TestApp, type TestUser } from '../helpers/app'
import { publishCompetition, uploadAttachment } from '../helpers/registrations'

/**
 * Registration opens and fills up within minutes: 50 teams pressing the button at the same
 * moment for 5 places must give exactly 5 places and 45 clean answers, every time.
 */
const TEAMS = 50
const QUOTA = 5
const ROUNDS = 3

let app: TestApp
let committee: TestUser
let teams: { card: string; leader: TestUser }[]

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  teams = []
  for (let index = 0; index < TEAMS; index++) {
    const leader = await app.createUser('participant')
    teams.push({ card: await uploadAttachment(app, leader), leader })
  }
})

afterAll(async () => {
  await app?.close()
})

const burst = (competitionId: string) =>
  Promise.all(
    teams.map(({ card, leader }, index) =>
      app.rest.post('/registrations', {
        body: {
          competition: competitionId,
          institution: `Universitas ${index}`,
          members: [{ email: leader.user.email, name: leader.user.name, studentCard: card, studentId: `NIM${index}` }],
          teamName: `Burst Team ${index}`,
        },
        token: leader.token,
      }),
    ),
  )

const heldPlaces = async (competitionId: string) => {
  const { docs } = await app.payload.find({
    collection: 'registrations',
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ competition: { equals: competitionId } }, { status: { in: ['pending', 'needs-revision', 'verified'] } }] },
  })
  return docs
}

describe(`${TEAMS} teams at once for ${QUOTA} places`, () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}, no waitlist: exactly ${QUOTA} places and ${TEAMS - QUOTA} clean 409s`, async () => {
      const competition = await publishCompetition(app, committee, { fee: 0, quota: QUOTA, teamSize: { max: 1, min: 1 } })
      const responses = await burst(competition.id)
      const statuses = responses.map((response) => response.status)
      expect(statuses.filter((status) => status === 201)).toHaveLength(QUOTA)
      expect(statuses.filter((status) => status === 409)).toHaveLength(TEAMS - QUOTA)
      for (const refused of responses.filter((response) => response.status === 409)) {
        expect(errorMessages(refused.body).join(' ')).toMatch(/is full: all 5 places are taken/)
      }
      const held = await heldPlaces(competition.id)
      expect(held).toHaveLength(QUOTA)
      expect(new Set(held.map((doc) => doc.placeKey)).size).toBe(QUOTA)
      expect(new Set(held.map((doc) => doc.code)).size).toBe(QUOTA)
      expect((await app.payload.count({ collection: 'registrations', where: { competition: { equals: competition.id } } })).totalDocs).toBe(
        QUOTA,
      )
    })

    it(`round ${round}, waitlist on: exactly ${QUOTA} places and ${TEAMS - QUOTA} waitlisted`, async () => {
      const competition = await publishCompetition(app, committee, { fee: 0, quota: QUOTA, teamSize: { max: 1, min: 1 }, waitlist: true })
      const responses = await burst(competition.id)
      expect(responses.map((response) => response.status).every((status) => status === 201)).toBe(true)
      const byStatus = responses.map((response) => response.body.doc.status as string)
      expect(byStatus.filter((status) => status === 'pending')).toHaveLength(QUOTA)
      expect(byStatus.filter((status) => status === 'waitlisted')).toHaveLength(TEAMS - QUOTA)
      expect(await heldPlaces(competition.id)).toHaveLength(QUOTA)
      const codes = responses.map((response) => response.body.doc.code as string)
      expect(new Set(codes).size).toBe(TEAMS)
    })
  }
})
