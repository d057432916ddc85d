import type { Competition } from '../../src/payload-types'
import type { TestApp, TestUser } from './app'

import { png, uploadForm } from './files'
import { competitionData } from './fixtures'

/** A published competition created by the committee through REST. */
export const publishCompetition = async (app: TestApp, committee: TestUser, overrides: Partial<Competition> = {}) => {
  const response = await app.rest.post('/competitions', {
    body: { ...competitionData(overrides), _status: 'published' },
    token: committee.token,
  })
  if (response.status !== 201) throw new Error(`competition: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc as Competition
}

/** Uploads a private document as `user` and returns its id. */
export const uploadAttachment = async (app: TestApp, user: TestUser, name = 'ktm.png'): Promise<string> => {
  const response = await app.rest.post('/attachments', { form: uploadForm(await png(), name, 'image/png'), token: user.token })
  if (response.status !== 201) throw new Error(`attachment: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc.id as string
}

let teamCounter = 0

/** A complete, valid registration body for `leader`'s team, with uploaded documents. */
export const registrationBody = async (
  app: TestApp,
  leader: TestUser,
  competition: Pick<Competition, 'id'>,
  options: { institution?: string; members?: number; teamName?: string; withProof?: boolean } = {},
) => {
  teamCounter += 1
  const size = options.members ?? 2
  const members = []
  for (let index = 0; index < size; index++) {
    members.push({
      email: index === 0 ? leader.user.email : `member${teamCounter}-${index}@example.test`,
      name: index === 0 ? leader.user.name : `Member ${index}`,
      studentCard: await uploadAttachment(app, leader),
      studentId: `NIM-${teamCounter}-${index}`,
    })
  }
  return {
    competition: competition.id,
    institution: options.institution ?? `Universitas ${teamCounter}`,
    members,
    ...(options.withProof === false ? {} : { paymentProof: await uploadAttachment(app, leader, 'proof.png') }),
    teamName: options.teamName ?? `Team ${teamCounter}`,
  }
}

export const register = async (app: TestApp, leader: TestUser, competition: Pick<Competition, 'id'>, options = {}) =>
  app.rest.post('/registrations', { body: await registrationBody(app, leader, competition, options), token: leader.token })
