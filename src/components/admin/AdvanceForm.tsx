'use client'

import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import { apiErrorMessage } from '../../api/errorMessage'

type Row = {
  advanced: boolean
  code: string
  institution?: null | string
  judges: number
  meanTotal: null | number
  normalisedScore: null | number
  rank: number
  registration: string
  teamName?: null | string
}

/**
 * The committee's ranking of one stage, with the teams to advance ticked. Advancing goes
 * through POST /api/competitions/:id/stages/:key/advance, which records it and emails the teams.
 */
export function AdvanceForm({
  competitionId,
  nextStage,
  rows,
  stageKey,
}: {
  competitionId: string
  nextStage?: string
  rows: Row[]
  stageKey: string
}) {
  const router = useRouter()
  const [message, setMessage] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const registrations = new FormData(event.currentTarget).getAll('registration').map(String)
    if (registrations.length === 0) {
      setMessage('Tick the teams to advance.')
      return
    }
    setBusy(true)
    const response = await fetch(`/api/competitions/${competitionId}/stages/${stageKey}/advance`, {
      body: JSON.stringify({ registrations }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    if (!response.ok) {
      setMessage(await apiErrorMessage(response, 'Nothing was advanced.'))
      return
    }
    const { advanced } = (await response.json()) as { advanced: string[] }
    setMessage(`${advanced.length} team(s) advanced to ${nextStage}.`)
    router.refresh()
  }

  return (
    <form onSubmit={submit}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {['', 'Rank', 'Code', 'Team', 'Institution', 'Judges', 'Mean total', 'Normalised'].map((heading) => (
              <th key={heading} style={{ borderBottom: '1px solid var(--theme-elevation-150)', padding: 6, textAlign: 'left' }}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.registration}>
              <td style={{ padding: 6 }}>
                {nextStage ? (
                  <input
                    aria-label={`Advance ${row.teamName}`}
                    defaultChecked={row.advanced}
                    disabled={row.advanced}
                    name="registration"
                    type="checkbox"
                    value={row.registration}
                  />
                ) : null}
              </td>
              <td style={{ padding: 6 }}>{row.rank}</td>
              <td style={{ padding: 6 }}>{row.code}</td>
              <td style={{ padding: 6 }}>{row.teamName}</td>
              <td style={{ padding: 6 }}>{row.institution}</td>
              <td style={{ padding: 6 }}>{row.judges}</td>
              <td style={{ padding: 6 }}>{row.meanTotal ?? '—'}</td>
              <td style={{ padding: 6 }}>{row.normalisedScore ?? 'not scored'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nextStage ? (
        <p>
          <button className="btn btn--style-primary btn--size-small" disabled={busy} type="submit">
            {busy ? 'Advancing…' : `Advance ticked teams to ${nextStage}`}
          </button>
        </p>
      ) : (
        <p>This is the last stage: set placings on the winning registrations.</p>
      )}
      {message ? <p role="status">{message}</p> : null}
    </form>
  )
}
