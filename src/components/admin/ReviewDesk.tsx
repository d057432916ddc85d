'use client'

import { useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import type { ReviewDecision } from '../../domain/review'
import type { ReviewFile, ReviewPacket } from '../../review/reviewQueue'

import { apiErrorMessage } from '../../api/errorMessage'
import { noteRequired } from '../../domain/review'
import { reviewWords } from '../../i18n/review'

type Next = ({ waiting: number } & ReviewPacket) | { claimedUntil: null; registration: null; waiting: number }

const ACTIONS: { decision: ReviewDecision; key: string; tone: string }[] = [
  { decision: 'verified', key: 'V', tone: 'primary' },
  { decision: 'needs-revision', key: 'R', tone: 'secondary' },
  { decision: 'rejected', key: 'X', tone: 'secondary' },
]

const panel: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16 }

/** A document beside the team's details: images inline, PDFs embedded, anything else a link; all through the access-checked file route. */
function Document({ file, label, openWord, noFile }: { file: null | ReviewFile; label: string; noFile: string; openWord: string }) {
  if (!file?.url) {
    return (
      <figure style={{ margin: 0 }}>
        <figcaption>{label}</figcaption>
        <p>{noFile}</p>
      </figure>
    )
  }
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ marginBottom: 4 }}>
        {label} ·{' '}
        <a href={file.url} rel="noreferrer" target="_blank">
          {openWord} {file.filename}
        </a>
      </figcaption>
      {file.mimeType?.startsWith('image/') ? (
        <img
          alt={`${label}: ${file.filename}`}
          src={file.url}
          style={{ border: '1px solid var(--theme-elevation-150)', maxHeight: 420, maxWidth: '100%' }}
        />
      ) : file.mimeType === 'application/pdf' ? (
        <object aria-label={`${label}: ${file.filename}`} data={file.url} style={{ height: 420, width: '100%' }} type="application/pdf">
          <a href={file.url}>{file.filename}</a>
        </object>
      ) : null}
    </figure>
  )
}

/**
 * The review queue for one competition (/admin/review?competition=…): asks the server for the
 * next registration (POST /api/competitions/:id/review/next, which holds it for this reviewer),
 * shows the team beside its documents, and sends the decision with the `updatedAt` it showed
 * (POST /api/registrations/:id/review), then opens the next one. Keyboard: V verify, R needs
 * revision, X reject, N skip, never while typing in a field.
 */
export function ReviewDesk({ competitionId }: { competitionId: string }) {
  const { i18n } = useTranslation()
  const words = reviewWords(i18n.language)
  const [current, setCurrent] = useState<Next | null>(null)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const [message, setMessage] = useState<null | string>(null)
  const skipped = useRef<string[]>([])

  const loadNext = useCallback(async () => {
    setBusy(true)
    setError(null)
    const response = await fetch(`/api/competitions/${competitionId}/review/next`, {
      body: JSON.stringify({ skip: skipped.current }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    if (!response.ok) {
      setError(await apiErrorMessage(response, 'The next registration could not be loaded.'))
      return
    }
    setCurrent((await response.json()) as Next)
    setNote('')
  }, [competitionId])

  useEffect(() => {
    void loadNext()
  }, [loadNext])

  const registration = current?.registration ?? null

  const decide = useCallback(
    async (decision: ReviewDecision) => {
      if (!registration || busy) return
      if (noteRequired(decision) && !note.trim()) {
        setError(words.notePlaceholder)
        document.getElementById('review-note')?.focus()
        return
      }
      setBusy(true)
      setError(null)
      const response = await fetch(`/api/registrations/${registration.id}/review`, {
        body: JSON.stringify({ decision, expectedUpdatedAt: registration.updatedAt, note: note.trim() || undefined }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      setBusy(false)
      if (!response.ok) {
        setError(await apiErrorMessage(response, 'The decision was not saved.'))
        return
      }
      setMessage(((await response.json()) as { message: string }).message)
      await loadNext()
    },
    [busy, loadNext, note, registration, words.notePlaceholder],
  )

  const skip = useCallback(async () => {
    if (!registration || busy) return
    skipped.current = [...skipped.current, registration.id]
    setMessage(null)
    await loadNext()
  }, [busy, loadNext, registration])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (event.altKey || event.ctrlKey || event.metaKey) return
      if (target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return
      const key = event.key.toUpperCase()
      const action = ACTIONS.find((each) => each.key === key)
      if (action) {
        event.preventDefault()
        void decide(action.decision)
      } else if (key === 'N') {
        event.preventDefault()
        void skip()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [decide, skip])

  const label = (decision: ReviewDecision) =>
    decision === 'verified' ? words.verify : decision === 'needs-revision' ? words.needsRevision : words.reject

  return (
    <section aria-busy={busy} aria-label={words.reviewHeading}>
      {message ? (
        <p role="status" style={{ color: 'var(--theme-success-500)' }}>
          {message}
        </p>
      ) : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error} {/* The reviewer still holds this registration: reloading shows it as it is now (or the next one, if it was decided). */}
          <button
            className="btn btn--style-secondary btn--size-small"
            data-action="reload"
            onClick={() => void loadNext()}
            style={{ margin: 0 }}
            type="button"
          >
            {words.reload}
          </button>
        </p>
      ) : null}
      {current ? <p>{words.waiting(current.waiting)}</p> : null}
      {current && !registration ? (
        <div style={panel}>
          <p data-review-empty="true">{words.done}</p>
          <button
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => {
              skipped.current = []
              void loadNext()
            }}
            type="button"
          >
            {words.reviewNext}
          </button>
        </div>
      ) : null}
      {registration && current?.registration ? (
        <article
          data-registration={registration.id}
          style={{ display: 'grid', gap: 16, gridTemplateColumns: 'minmax(280px, 1fr) minmax(320px, 1.4fr)' }}
        >
          <div style={{ ...panel, display: 'grid', alignContent: 'start', gap: 8 }}>
            <h2 style={{ margin: 0 }}>
              {registration.code} · {registration.teamName}
            </h2>
            <dl style={{ display: 'grid', gap: '4px 12px', gridTemplateColumns: 'auto 1fr', margin: 0 }}>
              <dt>{words.institution}</dt>
              <dd style={{ margin: 0 }}>{registration.institution}</dd>
              <dt>{words.leader}</dt>
              <dd style={{ margin: 0 }}>
                {registration.leader?.name} ({registration.leader?.email})
              </dd>
              <dt>{words.fee}</dt>
              <dd style={{ margin: 0 }}>Rp{new Intl.NumberFormat('id-ID').format(registration.feeDue ?? 0)}</dd>
              <dt>{words.registered}</dt>
              <dd style={{ margin: 0 }}>{new Date(registration.createdAt).toLocaleString(words.locale)}</dd>
            </dl>
            {registration.reviewNote ? (
              <blockquote style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{registration.reviewNote}</blockquote>
            ) : null}
            <h3 style={{ margin: '8px 0 0' }}>{words.members}</h3>
            <ol style={{ margin: 0, paddingLeft: 20 }}>
              {registration.members.map((member) => (
                <li key={member.email}>
                  {member.name} · {member.email} · {words.studentId} {member.studentId}
                  {member.joined ? '' : ` (${words.notJoined})`}
                </li>
              ))}
            </ol>
            <label htmlFor="review-note" style={{ marginTop: 8 }}>
              {words.note}
            </label>
            <textarea
              id="review-note"
              maxLength={2000}
              onChange={(event) => setNote(event.target.value)}
              placeholder={words.notePlaceholder}
              rows={4}
              value={note}
            />
            <div aria-label={words.actions} role="group" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              {ACTIONS.map(({ decision, key, tone }) => (
                <button
                  aria-keyshortcuts={key}
                  aria-label={label(decision)}
                  className={`btn btn--style-${tone} btn--size-small`}
                  data-action={decision}
                  disabled={busy}
                  key={decision}
                  onClick={() => void decide(decision)}
                  style={{ margin: 0 }}
                  type="button"
                >
                  {label(decision)} <kbd aria-hidden="true">{key}</kbd>
                </button>
              ))}
              <button
                aria-keyshortcuts="N"
                aria-label={words.skip}
                className="btn btn--style-secondary btn--size-small"
                data-action="skip"
                disabled={busy}
                onClick={() => void skip()}
                style={{ margin: 0 }}
                type="button"
              >
                {words.skip} <kbd aria-hidden="true">N</kbd>
              </button>
            </div>
            <small>{words.shortcuts}</small>
            {current.claimedUntil ? (
              <small>{words.claimedUntil(new Date(current.claimedUntil).toLocaleTimeString(words.locale))}</small>
            ) : null}
          </div>
          <div style={{ ...panel, display: 'grid', alignContent: 'start', gap: 16 }}>
            <Document file={registration.paymentProof} label={words.paymentProof} noFile={words.noFile} openWord={words.openFile} />
            {registration.members.map((member) => (
              <Document
                file={member.studentCard}
                key={member.email}
                label={`${words.studentCard}: ${member.name}`}
                noFile={words.noFile}
                openWord={words.openFile}
              />
            ))}
          </div>
        </article>
      ) : null}
    </section>
  )
}
