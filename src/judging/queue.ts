import type { PayloadRequest } from 'payload'

import { idOf } from '../shared/idOf'

const QUEUE_PAGE = 200

/**
 * The submissions the logged-in judge still has to score, oldest first: those they may read
 * (read access applies: competitions they judge, no conflicted teams) without a score *of
 * theirs*. Once a stage's results are published a judge may read the panel's scores too; those
 * must not empty the queue.
 */
export const scoringQueue = async (req: PayloadRequest) => {
  const { payload, user } = req
  if (!user) return { docs: [], totalDocs: 0 }
  const ownScores = await payload.find({
    collection: 'scores',
    depth: 0,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { submission: true },
    user,
    where: { judge: { equals: user.id } },
  })
  const scored = ownScores.docs.map((score) => idOf(score.submission) as string)
  const { docs, totalDocs } = await payload.find({
    collection: 'submissions',
    depth: 2,
    limit: QUEUE_PAGE,
    overrideAccess: false,
    req,
    sort: 'submittedAt',
    user,
    where: scored.length > 0 ? { id: { not_in: scored } } : {},
  })
  return { docs, totalDocs }
}
