import type { PayloadRequest } from 'payload'

import type { Competition, Registration } from '../payload-types'

import { findAllAsServer } from '../db/findAllAsServer'
import { rankTeams } from '../domain/judging'
import { idOf } from '../shared/idOf'

type Stage = NonNullable<Competition['stages']>[number]

/** The ranking of one stage, computed from the stored scores (src/domain/judging.ts). */
export const rankingOf = async (req: PayloadRequest, competition: Competition, stage: Stage) => {
  const [submissions, scores] = await Promise.all([
    findAllAsServer(req, 'submissions', {
      select: { registration: true, submittedAt: true },
      where: { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] },
    }),
    findAllAsServer(req, 'scores', {
      select: { judge: true, registration: true, total: true },
      where: { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] },
    }),
  ])
  const registrationIds = submissions.map((doc) => idOf(doc.registration) as string)
  const registrations = await findAllAsServer(req, 'registrations', {
    select: { code: true, institution: true, progress: true, teamName: true },
    where: { id: { in: registrationIds } },
  })
  const byId = new Map(registrations.map((doc) => [String(doc.id), doc as Registration]))
  const ranked = rankTeams(
    submissions.map((doc) => ({
      code: byId.get(idOf(doc.registration) as string)?.code ?? '',
      registration: idOf(doc.registration) as string,
      submittedAt: doc.submittedAt,
    })),
    scores.map((doc) => ({ judge: idOf(doc.judge) as string, registration: idOf(doc.registration) as string, total: doc.total ?? 0 })),
    stage.rankingMethod ?? 'zscore',
  )
  return ranked.map((row) => ({
    ...row,
    advancedTo: (byId.get(row.registration)?.progress ?? []).map((entry) => entry.stage),
    institution: byId.get(row.registration)?.institution,
    teamName: byId.get(row.registration)?.teamName,
  }))
}
