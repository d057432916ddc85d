import Link from 'next/link'
import React from 'react'

import type { OverviewWords } from '../../i18n/adminOverview'
import type { CompetitionStats } from '../../stats/competitionStats'

import { REGISTRATION_STATUSES } from '../../domain/registration'
import { ExportLinks } from './ExportLinks'
import { RegistrationsChart } from './RegistrationsChart'

const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  display: 'flex',
  flexDirection: 'column',
  gap: 12,
  padding: 16,
}
const heading: React.CSSProperties = { fontSize: 13, margin: '0 0 4px', textTransform: 'uppercase' }
const list: React.CSSProperties = { display: 'grid', gap: '2px 12px', gridTemplateColumns: '1fr auto', margin: 0 }

/** One competition's numbers on the admin home: what the committee checks every morning. */
export function CompetitionOverview({
  adminRoute,
  apiRoute,
  draft,
  stats,
  words,
}: {
  adminRoute: string
  /** Payload's REST prefix (/api), for the download links. */
  apiRoute: string
  draft: boolean
  stats: CompetitionStats
  words: OverviewWords
}) {
  const { competition, registrations } = stats
  const number = new Intl.NumberFormat(words.locale)
  const rupiah = (amount: number) => `Rp${new Intl.NumberFormat('id-ID').format(amount)}`
  const pendingList = `${adminRoute}/collections/registrations?${new URLSearchParams({
    'where[and][0][competition][equals]': competition.id,
    'where[and][1][status][equals]': 'pending',
  })}`
  return (
    <article data-competition={competition.id} style={card}>
      <header>
        <h2 style={{ fontSize: 20, margin: 0 }}>
          <Link href={`${adminRoute}/collections/competitions/${competition.id}`}>{competition.title}</Link>
          {draft ? <span style={{ color: 'var(--theme-elevation-500)', fontSize: 13, marginLeft: 8 }}>({words.draft})</span> : null}
        </h2>
        <p style={{ margin: '4px 0 0' }}>
          {words.places(registrations.placesTaken, registrations.quota)} · {words.waitlist(competition.waitlist, registrations.waitlisted)}
        </p>
      </header>

      {stats.documentsAwaitingReview > 0 ? (
        <p style={{ margin: 0 }}>
          <strong>{words.documentsAwaitingReview(stats.documentsAwaitingReview)}</strong> ·{' '}
          <Link href={`${adminRoute}/review?competition=${competition.id}`}>{words.review}</Link> ·{' '}
          <Link href={pendingList}>{words.reviewList}</Link>
        </p>
      ) : null}

      <section>
        <h3 style={heading}>{words.registrations}</h3>
        <dl style={list}>
          {REGISTRATION_STATUSES.map((status) => (
            <React.Fragment key={status}>
              <dt>{words.status[status]}</dt>
              <dd data-status={status} style={{ margin: 0, textAlign: 'right' }}>
                {number.format(registrations.byStatus[status])}
              </dd>
            </React.Fragment>
          ))}
        </dl>
      </section>

      <section>
        <h3 style={heading}>{words.fees}</h3>
        <dl style={list}>
          <dt>{words.feesDue}</dt>
          <dd style={{ margin: 0, textAlign: 'right' }}>{rupiah(stats.fees.due)}</dd>
          <dt>{words.feesVerified}</dt>
          <dd style={{ margin: 0, textAlign: 'right' }}>{rupiah(stats.fees.verified)}</dd>
        </dl>
      </section>

      <section>
        <h3 style={heading}>
          {words.submissions} · {words.judging}
        </h3>
        {stats.submissions.length === 0 ? <p style={{ margin: 0 }}>{words.noStages}</p> : null}
        <dl style={list}>
          {stats.judging.map((stage, index) => (
            <React.Fragment key={stage.stage}>
              <dt>
                {stage.name}: {number.format(stats.submissions[index]?.count ?? 0)} {words.submissions.toLowerCase()}
                <br />
                <small>
                  <ExportLinks
                    apiRoute={apiRoute}
                    competitionId={competition.id}
                    label={words.exportSubmissions}
                    query={{ stage: stage.stage }}
                    what="submissions"
                    words={words}
                  />
                  {' · '}
                  <ExportLinks
                    apiRoute={apiRoute}
                    competitionId={competition.id}
                    label={words.exportScores}
                    query={{ stage: stage.stage }}
                    what="scores"
                    words={words}
                  />
                </small>
              </dt>
              <dd style={{ margin: 0, textAlign: 'right' }}>
                <meter
                  max={Math.max(1, stage.scoresExpected)}
                  min={0}
                  style={{ marginRight: 8, verticalAlign: 'middle', width: 60 }}
                  value={stage.scoresGiven}
                />
                {words.scores(stage.scoresGiven, stage.scoresExpected)}
              </dd>
            </React.Fragment>
          ))}
        </dl>
      </section>

      <section>
        <h3 style={heading}>{words.downloads}</h3>
        <ExportLinks
          apiRoute={apiRoute}
          competitionId={competition.id}
          label={words.exportRegistrations}
          what="registrations"
          words={words}
        />
      </section>

      <section>
        <h3 style={heading}>{words.perDay}</h3>
        <RegistrationsChart
          days={stats.registrationsPerDay}
          label={words.perDay}
          locale={words.locale}
          summary={words.perDayTotal(stats.registrationsPerDay.reduce((total, day) => total + day.count, 0))}
        />
      </section>
    </article>
  )
}
