import type { PayloadRequest } from 'payload'

import { findAllAsServer } from '../db/findAllAsServer'
import { institutionKey } from '../domain/registration'
import { idOf } from '../shared/idOf'

/**
 * For each team, the judges (of `judgeIds`) in conflict with it: declared (the `conflicts`
 * collection) or automatic (the judge's institution is the team's). The same two rules
 * access/conflicts.ts applies to what a judge may read, here for many judges at once.
 */
export const conflictedJudgesByTeam = async (
  req: PayloadRequest,
  judgeIds: string[],
  teams: { id: string; institutionKey?: null | string }[],
): Promise<Map<string, Set<string>>> => {
  const result = new Map(teams.map((team) => [team.id, new Set<string>()]))
  if (judgeIds.length === 0 || teams.length === 0) return result
  const [judges, declared] = await Promise.all([
    findAllAsServer(req, 'users', { select: { institution: true }, where: { id: { in: judgeIds } } }),
    findAllAsServer(req, 'conflicts', {
      select: { judge: true, registration: true },
      where: { and: [{ judge: { in: judgeIds } }, { registration: { in: teams.map((team) => team.id) } }] },
    }),
  ])
  for (const conflict of declared) result.get(String(idOf(conflict.registration)))?.add(String(idOf(conflict.judge)))
  for (const judge of judges) {
    if (!judge.institution?.trim()) continue
    const key = institutionKey(judge.institution)
    for (const team of teams) if (team.institutionKey && team.institutionKey === key) result.get(team.id)?.add(String(judge.id))
  }
  return result
}
