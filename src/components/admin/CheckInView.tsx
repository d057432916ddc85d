import type { AdminViewServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { isCommittee } from '../../../access/roles'
import { type AttendanceRow, stageAttendance } from '../../checkIn/stageAttendance'
import { formatCheckInTime } from '../../domain/checkIn'
import { checkInWords } from '../../i18n/checkIn'
import { AdminPage, ProgressTable } from './AdminPage'
import { CheckInDesk } from './CheckInDesk'
import { committeeCompetitions } from './committeeCompetitions'

/**
 * /admin/check-in: the committee's check-in desk (scan or type a ticket's code), and for a chosen
 * on-site stage (`?competition=<id>&stage=<key>`) who is in and who is missing. The desk posts to
 * the same REST endpoint integrations use; the lists are read on the server.
 */
export async function CheckInView(view: AdminViewServerProps) {
  const { initPageResult, searchParams } = view
  const { req } = initPageResult
  const { payload, user } = req
  const words = checkInWords(req.i18n.language).admin
  if (!isCommittee(user)) {
    return (
      <AdminPage heading={words.heading} view={view}>
        <p>{words.onlyCommittee}</p>
      </AdminPage>
    )
  }
  const adminRoute = payload.config.routes.admin
  const competitions = await committeeCompetitions(req, { stages: true, title: true })
  const onSite = competitions.flatMap((competition) =>
    (competition.stages ?? []).filter((stage) => stage.onSite).map((stage) => ({ competition, stage })),
  )
  const chosen = onSite.find(
    ({ competition, stage }) => String(competition.id) === searchParams?.competition && stage.key === searchParams?.stage,
  )
  return (
    <AdminPage heading={words.heading} view={view}>
      <CheckInDesk
        at={chosen ? { competition: String(chosen.competition.id), stage: chosen.stage.key } : undefined}
        language={req.i18n.language}
      />
      <h2>{words.allStages}</h2>
      {onSite.length === 0 ? (
        <p>{words.noOnSiteStages}</p>
      ) : (
        <ul>
          {onSite.map(({ competition, stage }) => (
            <li key={`${competition.id}:${stage.key}`}>
              {competition.title} · {stage.name}{' '}
              <Link href={`${adminRoute}/check-in?competition=${competition.id}&stage=${encodeURIComponent(stage.key)}`}>
                {words.viewStage}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {chosen ? (
        <StageAttendance
          competitionId={String(chosen.competition.id)}
          language={req.i18n.language}
          payload={payload}
          stage={chosen.stage}
          title={chosen.competition.title}
        />
      ) : null}
    </AdminPage>
  )
}

async function StageAttendance({
  competitionId,
  language,
  payload,
  stage,
  title,
}: {
  competitionId: string
  language: string
  payload: AdminViewServerProps['initPageResult']['req']['payload']
  stage: { key: string; name: string }
  title: string
}) {
  const words = checkInWords(language).admin
  const { checkedIn, missing } = await stageAttendance(payload, competitionId, stage.key)
  const teams = new Map<string, { assigned: number; key: string; name: string; scored: number }>()
  for (const row of [...checkedIn, ...missing]) {
    const team = teams.get(row.registrationCode) ?? {
      assigned: 0,
      key: row.registrationCode,
      name: `${row.teamName} (${row.registrationCode})`,
      scored: 0,
    }
    team.assigned += 1
    if (row.checkedInAt) team.scored += 1
    teams.set(row.registrationCode, team)
  }
  return (
    <section aria-label={`${words.viewStage}: ${stage.name}`} data-attendance={stage.key}>
      <h2>
        {title} · {stage.name}: {words.inCount(checkedIn.length, checkedIn.length + missing.length)}
      </h2>
      <h3>{words.perTeam}</h3>
      <ProgressTable label={words.perTeam} rows={[...teams.values()].sort((a, b) => a.name.localeCompare(b.name))} />
      <h3>{words.checkedIn}</h3>
      <PeopleTable label={words.checkedIn} language={language} rows={checkedIn} />
      <h3>{words.missing}</h3>
      <PeopleTable label={words.missing} language={language} rows={missing} />
    </section>
  )
}

function PeopleTable({ label, language, rows }: { label: string; language: string; rows: AttendanceRow[] }) {
  const words = checkInWords(language).admin
  if (rows.length === 0) return <p>{words.nobody}</p>
  return (
    <table aria-label={label} style={{ marginBottom: 12 }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>{words.name}</th>
          <th style={{ textAlign: 'left' }}>{words.team}</th>
          <th style={{ textAlign: 'left' }}>{words.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr data-ticket={row.ticket} key={row.ticket}>
            <td>{row.name}</td>
            <td>
              {row.teamName} ({row.registrationCode})
            </td>
            <td>
              {row.checkedInAt
                ? `${words.checkedInAt} ${formatCheckInTime(row.checkedInAt)}${row.checkedInBy ? ` ${words.checkedInBy} ${row.checkedInBy}` : ''}`
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
