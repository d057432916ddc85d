import type { Endpoint } from 'payload'

import { requireCommittee } from '../../access/endpoints'
import { inTransaction } from '../db/inTransaction'
import { assignStage } from '../judging/assign'
import { stageProgress } from '../judging/progress'
import { refuse } from '../shared/refusals'
import { stageOf } from './judging'

const ONLY_COMMITTEE = 'Only the committee assigns judges and follows judging progress.'
const guard = { anonymous: ONLY_COMMITTEE, other: ONLY_COMMITTEE }

/**
 * Gives every submission of the stage that has fewer than `judgesPerSubmission` judges its
 * judges (the first press assigns all, later presses only what is new), keeping every existing
 * assignment. Answers what it did, each judge's load, and, by team name, the submissions it
 * could not cover because too few judges are free of conflict with them.
 */
export const assignJudgesEndpoint: Endpoint = {
  handler: async (req) => {
    requireCommittee(req, guard)
    const { competition, stage } = await stageOf(req)
    if (!stage.judgesPerSubmission) {
      throw refuse(400, `Set "Judges per submission" on the stage "${stage.name}" first; without it every judge scores every submission.`)
    }
    if ((competition.judges ?? []).length === 0) throw refuse(400, `${competition.title} has no judges yet; add them to its panel first.`)
    const result = await inTransaction(req, () => assignStage(req, competition, stage))
    const message =
      result.shortfalls.length === 0
        ? `Every submission of "${stage.name}" has ${stage.judgesPerSubmission} ${stage.judgesPerSubmission === 1 ? 'judge' : 'judges'} (${result.added} new ${result.added === 1 ? 'assignment' : 'assignments'}).`
        : `Too few judges free of conflict for ${result.shortfalls.length} team(s): ${result.shortfalls
            .map((shortfall) => `${shortfall.label} (${shortfall.available} of ${shortfall.needed})`)
            .join(', ')}. Add judges to the panel or assign by hand.`
    return Response.json({ ...result, message, stage: stage.key })
  },
  method: 'post',
  path: '/:id/stages/:key/assign',
}

/** Judging progress of a stage, per judge and per submission (src/judging/progress.ts). */
export const judgingProgressEndpoint: Endpoint = {
  handler: async (req) => {
    requireCommittee(req, guard)
    const { competition, stage } = await stageOf(req)
    return Response.json(await stageProgress(req, competition, stage))
  },
  method: 'get',
  path: '/:id/stages/:key/progress',
}
