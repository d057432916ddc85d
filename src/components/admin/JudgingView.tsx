import type { AdminViewServerProps } from 'payload'

import React from 'react'

import type { Competition } from '../../payload-types'

import { isCommittee, isJudge } from '../../../access/roles'
import { findAllAsServer } from '../../db/findAllAsServer'
import { overviewWords } from '../../i18n/adminOverview'
import { stageProgress } from '../../judging/progress'
import { scoringQueue } from '../../judging/queue'
import { rankingOf } from '../../judging/ranking'
import { idOf } from '../../shared/idOf'
import { AdminPage, ProgressTable } from './AdminPage'
import { AdvanceForm } from './AdvanceForm'
import { AssignJudgesButton } from './AssignJudgesButton'
import { ExportLinks } from './ExportLinks'
import { IssueCertificatesButton } from './IssueCertificatesButton'
import { PublishResultsButton } from './PublishResultsButton'
import { ScoreForm } from './ScoreForm'

/**
 * /admin/judging. Judges: the submissions they still have to score, file one click away, with
 * the rubric form. Committee: every stage's ranking, with the teams to advance ticked and the
 * stage's results to publish.
 * Everything is read as the logged-in user except the ranking, which is committee-only.
 */
export async function JudgingView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const { user } = req
  return (
    <AdminPage heading="Judging" view={view}>
      {isJudge(user) ? await JudgeQueue({ req }) : null}
      {isCommittee(user) ? await CommitteeRankings({ req }) : null}
      {!isJudge(user) && !isCommittee(user) ? <p>Only judges and the committee use this page.</p> : null}
    </AdminPage>
  )
}

type Req = AdminViewServerProps['initPageResult']['req']

async function JudgeQueue({ req }: { req: Req }) {
  const { docs: queue, totalDocs } = await scoringQueue(req)
  // Stage names and rubrics of every competition in the queue, in one query.
  const competitionIds = [...new Set(queue.map((submission) => idOf(submission.competition) as string))]
  const queued = competitionIds.length === 0 ? [] : await findAllAsServer(req, 'competitions', { where: { id: { in: competitionIds } } })
  const competitions = new Map<string, Competition>(queued.map((competition) => [String(competition.id), competition]))
  return (
    <section>
      <h2>To score ({totalDocs})</h2>
      {queue.length === 0 ? <p>Nothing left to score. Thank you!</p> : null}
      {queue.map((submission) => {
        const competition = competitions.get(idOf(submission.competition) as string)
        const stage = competition?.stages?.find((candidate) => candidate.key === submission.stage)
        const registration = typeof submission.registration === 'object' ? submission.registration : null
        const file = typeof submission.file === 'object' ? submission.file : null
        return (
          <article key={submission.id} style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '12px 0' }}>
            <h3 style={{ margin: '0 0 4px' }}>
              {registration?.code ?? ''} {registration?.teamName ?? ''} · {competition?.title} · {stage?.name ?? submission.stage}
            </h3>
            <p style={{ margin: '0 0 8px' }}>
              Submitted {new Date(submission.submittedAt as string).toLocaleString('en-GB')}
              {submission.late ? ' (late)' : ''}
              {file?.url ? (
                <>
                  {' · '}
                  <a href={file.url} rel="noreferrer" target="_blank">
                    Open file ({file.filename})
                  </a>
                </>
              ) : null}
              {submission.link ? (
                <>
                  {' · '}
                  <a href={submission.link} rel="noopener noreferrer nofollow" target="_blank">
                    Open link
                  </a>
                </>
              ) : null}
            </p>
            {submission.text ? <blockquote style={{ whiteSpace: 'pre-wrap' }}>{submission.text}</blockquote> : null}
            {stage?.resultsPublished ? (
              <p>Results are published; scores are locked.</p>
            ) : (
              <ScoreForm
                rubric={(stage?.rubric ?? []).map(({ criterion, maxScore, weight }) => ({ criterion, maxScore, weight }))}
                submissionId={String(submission.id)}
              />
            )}
          </article>
        )
      })}
    </section>
  )
}

async function CommitteeRankings({ req }: { req: Req }) {
  const { docs: competitions } = await req.payload.find({
    collection: 'competitions',
    depth: 0,
    limit: 100,
    overrideAccess: false,
    req,
    user: req.user,
  })
  const words = overviewWords(req.i18n.language)
  const sections = []
  for (const competition of competitions) {
    const stages = competition.stages ?? []
    const sectionsBefore = sections.length
    for (const [index, stage] of stages.entries()) {
      const rows = await rankingOf(req, competition, stage)
      if (rows.length === 0) {
        // A final judged on site has no submissions to rank, yet its results are published and
        // its certificates issued here too (once an earlier stage had work to rank).
        const lastOfSeveral = index === stages.length - 1 && index > 0
        if (lastOfSeveral && sections.length > sectionsBefore) {
          sections.push(
            <section key={`${competition.id}-${stage.key}`} style={{ marginBottom: 32 }}>
              <h2>
                {competition.title} · {stage.name} {stage.resultsPublished ? '(results published)' : ''}
              </h2>
              <p>No work was submitted to this stage: set placings on the winning registrations, then publish.</p>
              <PublishResultsButton
                competitionId={String(competition.id)}
                published={Boolean(stage.resultsPublished)}
                stageKey={stage.key}
                stageName={stage.name}
              />
              <IssueCertificatesButton competitionId={String(competition.id)} />
            </section>,
          )
        }
        continue
      }
      const next = stages[index + 1]
      const progress = await stageProgress(req, competition, stage)
      sections.push(
        <section key={`${competition.id}-${stage.key}`} style={{ marginBottom: 32 }}>
          <h2>
            {competition.title} · {stage.name} {stage.resultsPublished ? '(results published)' : ''}
          </h2>
          {stage.judgesPerSubmission ? (
            <AssignJudgesButton competitionId={String(competition.id)} stageKey={stage.key} stageName={stage.name} />
          ) : null}
          <p style={{ marginBottom: 4 }}>Scored / {progress.mode === 'assigned' ? 'assigned' : 'expected'}, per judge:</p>
          <ProgressTable
            label={`Judging progress of ${stage.name}`}
            rows={progress.judges.map((entry) => ({ ...entry, key: entry.judge }))}
          />
          <details style={{ marginBottom: 12 }}>
            <summary>Progress per submission</summary>
            <ProgressTable
              label={`Judging progress per submission of ${stage.name}`}
              rows={progress.submissions.map((entry) => ({ ...entry, key: entry.submission, name: `${entry.code} ${entry.teamName}` }))}
            />
          </details>
          <p>
            {(['submissions', 'scores'] as const).map((what, position) => (
              <React.Fragment key={what}>
                {position > 0 ? ' · ' : null}
                <ExportLinks
                  apiRoute={req.payload.config.routes.api}
                  competitionId={String(competition.id)}
                  label={what === 'scores' ? words.exportScores : words.exportSubmissions}
                  query={{ stage: stage.key }}
                  what={what}
                  words={words}
                />
              </React.Fragment>
            ))}
          </p>
          <AdvanceForm
            competitionId={String(competition.id)}
            nextStage={next?.name}
            rows={rows.map((row) => ({ ...row, advanced: next ? row.advancedTo.includes(next.key) : false }))}
            stageKey={stage.key}
          />
          <PublishResultsButton
            competitionId={String(competition.id)}
            published={Boolean(stage.resultsPublished)}
            stageKey={stage.key}
            stageName={stage.name}
          />
          {/* Certificates follow the final results: the last stage's section offers them. */}
          {next ? null : <IssueCertificatesButton competitionId={String(competition.id)} />}
        </section>,
      )
    }
  }
  return sections.length > 0 ? <>{sections}</> : <p>No submissions to rank yet.</p>
}
