import type { CollectionAfterChangeHook } from 'payload'

import type { Conflict } from '../../src/payload-types'

import { findAllAsServer } from '../../src/db/findAllAsServer'
import { loadCompetition } from '../../src/db/loadCompetition'
import { assignStage } from '../../src/judging/assign'
import { idOf } from '../../src/shared/idOf'

/**
 * A judge who declares a conflict with a team gives up their assignments of that team's
 * submissions (those they have not scored), and each goes to another judge of the panel,
 * chosen as "assign" would choose. In the same transaction as the declaration.
 */
export const handOverAssignments: CollectionAfterChangeHook<Conflict> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const judge = String(idOf(doc.judge))
  const held = await findAllAsServer(req, 'assignments', {
    select: { competition: true, stage: true, submission: true },
    where: { and: [{ judge: { equals: judge } }, { registration: { equals: idOf(doc.registration) } }] },
  })
  const stages = new Map<string, { competition: string; stage: string; submissions: string[] }>()
  for (const assignment of held) {
    const scored = await req.payload.count({
      collection: 'scores',
      overrideAccess: true,
      req,
      where: { key: { equals: `${idOf(assignment.submission)}:${judge}` } },
    })
    if (scored.totalDocs > 0) continue
    await req.payload.delete({ collection: 'assignments', id: assignment.id, overrideAccess: true, req })
    const key = `${idOf(assignment.competition)}:${assignment.stage}`
    const entry = stages.get(key) ?? { competition: String(idOf(assignment.competition)), stage: String(assignment.stage), submissions: [] }
    entry.submissions.push(String(idOf(assignment.submission)))
    stages.set(key, entry)
  }
  for (const { competition: competitionId, stage: stageKey, submissions } of stages.values()) {
    const competition = await loadCompetition(req, competitionId)
    const stage = competition.stages?.find((candidate) => candidate.key === stageKey)
    if (stage?.judgesPerSubmission) await assignStage(req, competition, stage, submissions)
  }
  return doc
}
