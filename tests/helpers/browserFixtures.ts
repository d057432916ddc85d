import { expect } from 'vitest'

import type { RunningServer } from './server'

import { png } from './files'
import { daysFromNow } from './fixtures'

/**
 * Publishes a competition on the running server through its REST API, as the committee member
 * whose token is given, and returns its id. By default it is a free competition for one-person
 * teams, open for registration since yesterday for twenty days, without stages; the test names
 * what it is about.
 */
export const publishCompetitionOn = async (
  server: RunningServer,
  token: string,
  competition: Record<string, unknown> & { slug: string; title: string },
): Promise<string> => {
  const created = await server.api(
    'POST',
    '/competitions',
    {
      _status: 'published',
      category: 'hackathon',
      fee: 0,
      registrationClosesAt: daysFromNow(20),
      registrationOpensAt: daysFromNow(-1),
      stages: [],
      teamSize: { max: 1, min: 1 },
      ...competition,
    },
    token,
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return String(created.body.doc.id)
}

/** Uploads a small PNG (a student card, a transfer receipt) as the participant; returns its attachment id. */
export const uploadPngOn = async (server: RunningServer, token: string, filename = 'ktm.png'): Promise<string> => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), filename)
  const upload = await server.api('POST', '/attachments', form, token)
  expect(upload.status, JSON.stringify(upload.body)).toBe(201)
  return String(upload.body.doc.id)
}

/**
 * Registers a one-person team through the REST API as its leader (whose token is given), with a
 * freshly uploaded student card; returns the registration's id.
 */
export const registerOnePersonTeamOn = async (
  server: RunningServer,
  token: string,
  team: { competition: string; email: string; institution: string; name: string; studentId: string; teamName: string },
): Promise<string> => {
  const { competition, email, institution, name, studentId, teamName } = team
  const studentCard = await uploadPngOn(server, token)
  const registration = await server.api(
    'POST',
    '/registrations',
    { competition, institution, members: [{ email, name, studentCard, studentId }], teamName },
    token,
  )
  expect(registration.status, JSON.stringify(registration.body)).toBe(201)
  return String(registration.body.doc.id)
}
