import type { PayloadRequest } from 'payload'

import { findAllAsServer } from '../db/findAllAsServer'

/**
 * Names of the people (reviewers, judges) an export mentions, read once per person for the
 * whole export: a competition has a handful of them, however many rows it has.
 */
export const peopleNames = (req: PayloadRequest) => {
  const known = new Map<string, { email: string; name: string }>()
  return {
    get: (id: null | string | undefined) => (id ? known.get(id) : undefined),
    /** Reads the ones among `ids` not read yet. */
    load: async (ids: (null | string | undefined)[]) => {
      const missing = [...new Set(ids.filter((id): id is string => Boolean(id) && !known.has(id as string)))]
      if (missing.length === 0) return
      const users = await findAllAsServer(req, 'users', { select: { email: true, name: true }, where: { id: { in: missing } } })
      for (const user of users) known.set(String(user.id), { email: user.email, name: user.name })
    },
  }
}

/** The teams (code, name, institution) of one page of submissions or scores, in one query. */
export const teamsById = async (req: PayloadRequest, ids: (null | string | undefined)[]) => {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  const teams =
    wanted.length === 0
      ? []
      : await findAllAsServer(req, 'registrations', {
          select: { code: true, institution: true, teamName: true },
          where: { id: { in: wanted } },
        })
  return new Map(teams.map((team) => [String(team.id), team]))
}
