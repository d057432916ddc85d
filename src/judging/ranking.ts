import type { PayloadRequest } from 'payload'

import type { Competition, Registration } from '../payload-types'

import { rankTeams } from '../domain/judging'
import { idOf } from '../shared/idOf'

type Stage = NonNullable<Competition['stages']>[number]

/** The ranking of one stage, computed from the stored scores (src/domain/judging.ts). */
export const rankingOf = async (req: PayloadRequest, competition: Competition, stage: Stage) => {
  const [submissions, scores] = await Promise.all([
    req.payload.find({
      collection: 'submissions',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { registration: true, submittedAt: true },
      where: { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] },
    }),
    req.payload.find({
      collection: 'scores',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { judge: true, registration: true, total: true },
      where: { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] },
    }),
  ])
  const registrationIds = submissions.docs.map((doc) => idOf(doc.registration) as string)
  const registrations = await req.payload.find({
    collection: 'registrations',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { code: true, institution: true, progress: true, teamName: true },
    where: { id: { in: registrationIds } },
  })
  const byId = new Map(registrations.docs.map((doc) => [String(doc.id), doc as Registration]))
  const ranked = rankTeams(
    submissions.docs.map((doc) => ({
      code: byId.get(idOf(doc.registration) as string)?.code ?? '',
      registration: idOf(doc.registration) as string,
      submittedAt: doc.submittedAt,
    })),
    scores.docs.map((doc) => ({ judge: idOf(doc.judge) as string, registration: idOf(doc.registration) as string, total: doc.total ?? 0 })),
  )
  return ranked.map((row) => ({
    ...row,
    advancedTo: (byId.get(row.registration)?.progress ?? []).map((entry) => entry.stage),
    institution: byId.get(row.registration)?.institution,
    teamName: byId.get(row.registration)?.teamName,
  }))
}
