import type { TestApp, TestUser } from './app'

import { simplePdf, uploadForm } from './files'
import { daysFromNow } from './fixtures'
import { publishCompetition, register } from './registrations'

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

export const RUBRIC = [
  { criterion: 'Innovation', maxScore: 10, weight: 2 },
  { criterion: 'Execution', maxScore: 5, weight: 1 },
]

/** A stage open now (on time) for PDF/ZIP files and links, scored on RUBRIC. */
export const openStage = (overrides: Record<string, unknown> = {}) => ({
  acceptedFileTypes: ['pdf', 'zip'],
  closesAt: daysFromNow(1),
  eligibility: 'all-verified',
  graceMinutes: 30,
  key: 'preliminary',
  maxFileSizeMB: 1,
  name: 'Preliminary',
  opensAt: daysFromNow(-1),
  rubric: RUBRIC,
  submissionKinds: ['file', 'link'],
  ...overrides,
})

export const stageWindows = {
  early: { closesAt: daysFromNow(3), opensAt: daysFromNow(2) },
  inGrace: { closesAt: minutesFromNow(-10), opensAt: daysFromNow(-2) },
  onTime: { closesAt: daysFromNow(1), opensAt: daysFromNow(-1) },
  tooLate: { closesAt: minutesFromNow(-40), opensAt: daysFromNow(-2) },
}

/** A verified team (leader logged in) of a competition judged by `judges`. */
export const verifiedTeam = async (
  app: TestApp,
  committee: TestUser,
  competition: { id: string },
  options: { institution?: string } = {},
) => {
  const leader = await app.createUser('participant')
  const created = await register(app, leader, competition, { institution: options.institution })
  if (created.status !== 201) throw new Error(`register: ${created.status} ${JSON.stringify(created.body)}`)
  const registrationId = created.body.doc.id as string
  await app.rest.patch(`/registrations/${registrationId}`, { body: { status: 'verified' }, token: committee.token })
  return { leader, registrationId }
}

export const judgedCompetition = async (app: TestApp, committee: TestUser, judges: TestUser[], stages: object[]) =>
  publishCompetition(app, committee, { fee: 0, judges: judges.map((judge) => judge.user.id), stages: stages as never })

export const uploadSubmissionFile = async (
  app: TestApp,
  user: TestUser,
  data = simplePdf('Our proposal'),
  name = 'proposal.pdf',
  type = 'application/pdf',
) => {
  const response = await app.rest.post('/attachments', { form: uploadForm(data, name, type, { purpose: 'submission' }), token: user.token })
  if (response.status !== 201) throw new Error(`submission file: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc as { filename: string; id: string }
}
