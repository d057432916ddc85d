'use client'

import { useListQuery, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { apiErrorMessage } from '../../api/errorMessage'
import { noteRequired, type ReviewDecision } from '../../domain/review'
import { reviewWords } from '../../i18n/review'
import { idOf } from '../../shared/idOf'

type Row = { id: string; message: string; ok: boolean; teamName: null | string }
type Action = 'resend' | ReviewDecision

const post = (path: string, body: object) =>
  fetch(path, { body: JSON.stringify(body), credentials: 'include', headers: { 'Content-Type': 'application/json' }, method: 'POST' })

/**
 * Bulk actions on the registrations ticked in the list (`beforeListTable`, inside the list's
 * selection): verify / needs revision / reject with one note, or resend pending invitations.
 * The ticked rows may span competitions, so they are grouped by competition and each group goes
 * to that competition's bulk endpoint (src/endpoints/review.ts); every row's outcome is listed.
 */
export function BulkReviewActions() {
  const { i18n } = useTranslation()
  const words = reviewWords(i18n.language)
  const { selectAll, selectedIDs } = useSelection()
  const { data } = useListQuery()
  const router = useRouter()
  const [action, setAction] = useState<'' | Action>('')
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const [rows, setRows] = useState<Row[] | null>(null)
  const ids = selectedIDs.map(String)

  if (ids.length === 0 && !rows) {
    return <p style={{ color: 'var(--theme-elevation-500)', margin: '0 0 12px' }}>{words.bulkNone}</p>
  }

  const apply = async () => {
    if (!action) return
    if (action !== 'resend' && noteRequired(action) && !note.trim()) {
      setError(words.bulkNoteLabel)
      return
    }
    setBusy(true)
    setError(null)
    // The ticked rows are on the page the list shows, which knows each one's competition.
    const shown = new Map((data?.docs ?? []).map((doc: { competition?: unknown; id: unknown }) => [String(doc.id), idOf(doc.competition)]))
    const byCompetition = new Map<string, string[]>()
    const unknown: Row[] = []
    for (const id of ids) {
      const competition = shown.get(id)
      if (competition) byCompetition.set(competition, [...(byCompetition.get(competition) ?? []), id])
      else unknown.push({ id, message: 'Not on this page of the list; reload and select it again.', ok: false, teamName: null })
    }
    const results: Row[] = [...unknown]
    for (const [competition, registrations] of byCompetition) {
      const response =
        action === 'resend'
          ? await post(`/api/competitions/${competition}/registrations/bulk-resend-invitations`, { registrations })
          : await post(`/api/competitions/${competition}/registrations/bulk-review`, {
              decision: action,
              note: note.trim() || undefined,
              registrations,
            })
      if (!response.ok) {
        setError(await apiErrorMessage(response, 'The bulk action failed.'))
        break
      }
      results.push(...((await response.json()) as { rows: Row[] }).rows)
    }
    setBusy(false)
    setRows(results)
    router.refresh()
  }

  const options: { label: string; value: Action }[] = [
    { label: words.verify, value: 'verified' },
    { label: words.needsRevision, value: 'needs-revision' },
    { label: words.reject, value: 'rejected' },
    { label: words.bulkResend, value: 'resend' },
  ]

  return (
    <section
      aria-label={words.bulkHeading}
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, marginBottom: 12, padding: 12 }}
    >
      <div style={{ alignItems: 'end', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <strong>{words.bulkSelected(ids.length)}</strong>
        <label style={{ display: 'grid', gap: 4 }}>
          <span>{words.bulkChoose}</span>
          <select aria-label={words.bulkChoose} onChange={(event) => setAction(event.target.value as Action)} value={action}>
            <option value="">—</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        {action && action !== 'resend' ? (
          <label style={{ display: 'grid', flex: '1 1 280px', gap: 4 }}>
            <span>{words.bulkNoteLabel}</span>
            <input aria-label={words.note} maxLength={2000} onChange={(event) => setNote(event.target.value)} type="text" value={note} />
          </label>
        ) : null}
        <button
          className="btn btn--style-primary btn--size-small"
          data-action="bulk-apply"
          disabled={busy || !action || ids.length === 0}
          onClick={() => void apply()}
          style={{ margin: 0 }}
          type="button"
        >
          {busy ? words.busy : words.bulkApply}
        </button>
      </div>
      {selectAll === 'allAvailable' ? <p>{words.bulkWholeQuery}</p> : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {rows ? (
        <div role="status">
          <p style={{ margin: '8px 0 4px' }}>
            {words.bulkResult(rows.filter((row) => row.ok).length, rows.filter((row) => !row.ok).length)}
          </p>
          <ul style={{ margin: 0 }}>
            {rows.map((row) => (
              <li data-ok={row.ok} key={row.id} style={{ color: row.ok ? undefined : 'var(--theme-error-500)' }}>
                {row.teamName ?? row.id}: {row.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
