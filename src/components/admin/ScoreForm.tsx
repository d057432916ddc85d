'use client'

import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import { apiErrorMessage } from '../../api/errorMessage'

type Criterion = { criterion: string; maxScore: number; weight: number }

/**
 * A judge's score for one submission, sent to the same REST endpoint integrations use
 * (POST /api/scores): the server checks the rubric, computes the total and refuses what is
 * not allowed; this form only shows the answer.
 */
export function ScoreForm({ rubric, submissionId }: { rubric: Criterion[]; submissionId: string }) {
  const router = useRouter()
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    const response = await fetch('/api/scores', {
      body: JSON.stringify({
        comment: String(form.get('comment') ?? ''),
        criteria: rubric.map(({ criterion }) => ({ criterion, score: Number(form.get(criterion)) })),
        submission: submissionId,
      }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    if (response.ok) {
      router.refresh()
      return
    }
    setError(await apiErrorMessage(response, 'The score was not saved.'))
  }

  return (
    <form onSubmit={submit} style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
      {rubric.map(({ criterion, maxScore, weight }) => (
        <label key={criterion} style={{ display: 'grid', gap: 4 }}>
          <span>
            {criterion} (0–{maxScore}, ×{weight})
          </span>
          <input max={maxScore} min={0} name={criterion} required step="any" style={{ width: 110 }} type="number" />
        </label>
      ))}
      <label style={{ display: 'grid', gap: 4, flex: '1 1 200px' }}>
        <span>Comment</span>
        <input name="comment" type="text" />
      </label>
      <button className="btn btn--style-primary btn--size-small" disabled={busy} type="submit">
        {busy ? 'Saving…' : 'Save score'}
      </button>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', flexBasis: '100%', margin: 0 }}>
          {error}
        </p>
      ) : null}
    </form>
  )
}
