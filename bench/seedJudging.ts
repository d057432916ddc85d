import type { Payload } from 'payload'

import { insertRows, newId } from './insertRows'

/**
 * Submissions of `teams` to one stage, and scores of them by `judges` (each judge scores every
 * `scoreEvery`-th submission it may see), inserted below Payload like bench/seedRegistrations.ts.
 * Rows carry what counting needs (stage, competition, team, judge, total), not files or rubrics.
 */
export const seedJudging = async (
  payload: Payload,
  options: {
    competitionId: string
    judges: { id: string; mayScore: (team: { id: string; institution: string }) => boolean }[]
    scoreEvery?: number
    stage: string
    teams: { id: string; institution: string }[]
  },
): Promise<{ scores: number; submissions: number }> => {
  const { competitionId, judges, scoreEvery = 2, stage, teams } = options
  const now = new Date().toISOString()
  const submissions = teams.map((team) => ({
    competition: competitionId,
    createdAt: now,
    id: newId(payload),
    key: `${team.id}:${stage}`,
    late: false,
    link: `https://example.com/${team.id}`,
    registration: team.id,
    stage,
    submittedAt: now,
    team,
    updatedAt: now,
  }))
  const scores = judges.flatMap((judge) =>
    submissions
      .filter((submission, index) => index % scoreEvery === 0 && judge.mayScore(submission.team))
      .map((submission) => ({
        competition: competitionId,
        createdAt: now,
        id: newId(payload),
        judge: judge.id,
        key: `${submission.id}:${judge.id}`,
        registration: submission.registration,
        stage,
        submission: submission.id,
        total: 50,
        updatedAt: now,
      })),
  )
  const dates = ['createdAt', 'updatedAt', 'submittedAt']
  await insertRows(
    payload,
    'submissions',
    submissions.map(({ team: _team, ...submission }) => submission),
    { dates, relationships: ['competition', 'registration'] },
  )
  await insertRows(payload, 'scores', scores, { dates, relationships: ['competition', 'judge', 'registration', 'submission'] })
  return { scores: scores.length, submissions: submissions.length }
}
