import type { DashboardViewServerProps } from '@payloadcms/next/views'

import { DefaultDashboard } from '@payloadcms/next/views'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'

import { isCommittee, isJudge } from '../../../access/roles'
import { overviewWords, type OverviewWords } from '../../i18n/adminOverview'
import { scoringQueue } from '../../judging/queue'
import { competitionStats, STATS_FIELDS } from '../../stats/competitionStats'
import { rememberedStats } from '../../stats/statsCache'
import { CompetitionOverview } from './CompetitionOverview'

/** Competitions shown on the home page; older ones stay one click away in the collection. */
const SHOWN = 20

type Req = DashboardViewServerProps['initPageResult']['req']

/**
 * The admin home (replaces Payload's dashboard view). The committee sees every competition's
 * numbers, computed by the same function as `GET /api/competitions/:id/stats`; a judge sees
 * how much is left to score and the way to /admin/judging, never the numbers. Payload's
 * collection cards follow underneath, so every collection stays one click away.
 */
export async function OverviewDashboard(props: DashboardViewServerProps) {
  const { req } = props.initPageResult
  const words = overviewWords(req.i18n.language)
  const adminRoute = req.payload.config.routes.admin
  return (
    <>
      <Gutter>
        <h1 style={{ marginBottom: 8 }}>{words.overview}</h1>
        {isCommittee(req.user) ? await CommitteeOverview({ adminRoute, req, words }) : null}
        {isJudge(req.user) ? await JudgeOverview({ adminRoute, req, words }) : null}
      </Gutter>
      <DefaultDashboard {...props} />
    </>
  )
}

async function CommitteeOverview({ adminRoute, req, words }: { adminRoute: string; req: Req; words: OverviewWords }) {
  const { docs: competitions } = await req.payload.find({
    collection: 'competitions',
    depth: 0,
    limit: SHOWN,
    overrideAccess: false,
    req,
    select: { ...STATS_FIELDS, _status: true },
    sort: '-registrationOpensAt',
    user: req.user,
  })
  if (competitions.length === 0) return <p>{words.noCompetitions}</p>
  const cards = []
  // One after another: each is a handful of grouped queries, and SQLite answers one at a time anyway.
  for (const competition of competitions) {
    cards.push(
      <CompetitionOverview
        adminRoute={adminRoute}
        apiRoute={req.payload.config.routes.api}
        draft={competition._status !== 'published'}
        key={competition.id}
        stats={await rememberedStats(String(competition.id), () => competitionStats(req, competition))}
        words={words}
      />,
    )
  }
  return (
    <>
      <p style={{ marginTop: 0 }}>{words.overviewIntro}</p>
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))' }}>{cards}</div>
    </>
  )
}

async function JudgeOverview({ adminRoute, req, words }: { adminRoute: string; req: Req; words: OverviewWords }) {
  const { totalDocs } = await scoringQueue(req)
  return (
    <p>
      {words.judgeQueue(totalDocs)} <Link href={`${adminRoute}/judging`}>{words.openJudging}</Link>
    </p>
  )
}
