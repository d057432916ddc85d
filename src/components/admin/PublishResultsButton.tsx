'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { apiErrorMessage } from '../../api/errorMessage'

/**
 * Publishes (or withdraws) one stage's results through
 * POST /api/competitions/:id/stages/:key/publish, after a confirmation: publishing is public at
 * once and locks the stage's scores.
 */
export function PublishResultsButton({
  competitionId,
  published,
  stageKey,
  stageName,
}: {
  competitionId: string
  published: boolean
  stageKey: string
  stageName: string
}) {
  const router = useRouter()
  const [message, setMessage] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const toggle = async () => {
    const question = published
      ? `Withdraw the published results of ${stageName}? They stop being public and judges can change their scores again.`
      : `Publish the results of ${stageName}? The advanced teams (and, for the last stage, the winners) become public and the stage's scores are locked.`
    if (!window.confirm(question)) return
    setBusy(true)
    const response = await fetch(`/api/competitions/${competitionId}/stages/${stageKey}/publish`, {
      body: JSON.stringify({ published: !published }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    setMessage(
      response.ok ? (published ? 'Results withdrawn.' : 'Results published.') : await apiErrorMessage(response, 'Nothing changed.'),
    )
    if (response.ok) router.refresh()
  }

  return (
    <p>
      <button
        className={`btn btn--size-small ${published ? 'btn--style-secondary' : 'btn--style-primary'}`}
        disabled={busy}
        onClick={toggle}
        type="button"
      >
        {published ? `Withdraw results of ${stageName}` : `Publish results of ${stageName}`}
      </button>
      {message ? <span role="status"> {message}</span> : null}
    </p>
  )
}
