import type { PayloadRequest, Where } from 'payload'

import type { Cell } from '../domain/csv'
import type { ExportWords } from '../i18n/exports'
import type { Competition } from '../payload-types'
import type { ExportTable } from './exportBody'

import { pageThrough } from '../db/pageThrough'
import { jakartaDateTime } from '../domain/exports'
import { rankingOf } from '../judging/ranking'
import { idOf } from '../shared/idOf'
import { peopleNames, teamsById } from './lookups'

type Stage = NonNullable<Competition['stages']>[number]

const SELECT = { comment: true, criteria: true, judge: true, registration: true, total: true, updatedAt: true } as const

/**
 * Every score given in one stage, oldest first: the team, the judge, one column per criterion of
 * the stage's rubric (a criterion scored but since removed from the rubric goes to "other
 * criteria"), the weighted total and the comment.
 */
export const scoresTable = (req: PayloadRequest, args: { competition: Competition; stage: Stage; words: ExportWords }): ExportTable => {
  const { competition, stage, words } = args
  const rubric = stage.rubric ?? []
  const header = [
    words.code,
    words.teamName,
    words.institution,
    words.judge,
    words.judgeEmail,
    ...rubric.map((item) => words.criterion(item.criterion, item.maxScore, item.weight)),
    words.otherCriteria,
    words.total,
    words.comment,
    words.scoredAt,
  ]
  const judges = peopleNames(req)

  async function* pages(): AsyncGenerator<Cell[][]> {
    const where: Where = { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] }
    for await (const page of pageThrough(req, 'scores', { select: SELECT, where })) {
      const teams = await teamsById(
        req,
        page.map((score) => idOf(score.registration)),
      )
      await judges.load(page.map((score) => idOf(score.judge)))
      yield page.map((score) => {
        const team = teams.get(idOf(score.registration) as string)
        const judge = judges.get(idOf(score.judge))
        const criteria = score.criteria ?? []
        const scoreOf = (criterion: string) => criteria.find((entry) => entry.criterion === criterion)?.score
        return [
          team?.code,
          team?.teamName,
          team?.institution,
          judge?.name,
          judge?.email,
          ...rubric.map((item) => scoreOf(item.criterion)),
          criteria
            .filter((entry) => !rubric.some((item) => item.criterion === entry.criterion))
            .map((entry) => `${entry.criterion}: ${entry.score}`)
            .join('; '),
          score.total,
          score.comment,
          jakartaDateTime(score.updatedAt),
        ]
      })
    }
  }

  return { header, name: words.sheets.scores, pages }
}

/**
 * The stage's ranking as the committee sees it in /admin/judging (src/judging/ranking.ts): a
 * ranking needs every score of the stage at once, so it is computed whole, then written.
 */
export const rankingTable = (req: PayloadRequest, args: { competition: Competition; stage: Stage; words: ExportWords }): ExportTable => {
  const { competition, stage, words } = args
  const stageNames = new Map((competition.stages ?? []).map((candidate) => [candidate.key, candidate.name]))
  const header = [
    words.rank,
    words.code,
    words.teamName,
    words.institution,
    words.judges,
    words.meanTotal,
    words.normalisedScore,
    words.submittedAt,
    words.advancedInto,
  ]
  async function* pages(): AsyncGenerator<Cell[][]> {
    const ranking = await rankingOf(req, competition, stage)
    yield ranking.map((row) => [
      row.rank,
      row.code,
      row.teamName,
      row.institution,
      row.judges,
      row.meanTotal,
      row.normalisedScore,
      jakartaDateTime(row.submittedAt),
      row.advancedTo.map((key) => stageNames.get(key) ?? key).join(', '),
    ])
  }
  return { header, name: words.sheets.ranking, pages }
}
