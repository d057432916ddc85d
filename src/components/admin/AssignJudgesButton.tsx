'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { apiErrorMessage } from '../../api/errorMessage'

/**
 * Assigns the stage's judges through POST /api/competitions/:id/stages/:key/assign and shows
 * the server's answer (what it did, and which teams it could not cover). Pressing it again
 * later assigns only submissions that arrived since; existing assignments stay.
 */
export function AssignJudgesButton({ competitionId, stageKey, stageName }: { competitionId: string; stageKey: string; stageName: string }) {
  const router = useRouter()
  const [message, setMessage] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const assign = async () => {
    setBusy(true)
    const response = await fetch(`/api/competitions/${competitionId}/stages/${stageKey}/assign`, { credentials: 'include', method: 'POST' })
    setBusy(false)
    setMessage(
      response.ok ? ((await response.json()) as { message: string }).message : await apiErrorMessage(response, 'Nothing was assigned.'),
    )
    if (response.ok) router.refresh()
  }

  return (
    <p>
      <button className="btn btn--size-small btn--style-primary" disabled={busy} onClick={assign} type="button">
        {`Assign judges for ${stageName}`}
      </button>
      {message ? <span role="status"> {message}</span> : null}
    </p>
  )
}
