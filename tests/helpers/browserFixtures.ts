import { expect } from 'vitest'

import type { RunningServer } from './server'

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
