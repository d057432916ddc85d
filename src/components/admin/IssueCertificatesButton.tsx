'use client'

import { useState } from 'react'

import { apiErrorMessage } from '../../api/errorMessage'

/**
 * "Issue certificates" for a competition whose final results are published: POST
 * /api/competitions/:id/certificates (the server decides who gets which, and refuses with a
 * sentence before the results are out). Pressing it again after a correction re-makes every PDF
 * with the same codes; nobody gets a second certificate or email.
 */
export function IssueCertificatesButton({ competitionId }: { competitionId: string }) {
  const [message, setMessage] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const issue = async () => {
    setBusy(true)
    const response = await fetch(`/api/competitions/${competitionId}/certificates`, { credentials: 'include', method: 'POST' })
    setBusy(false)
    if (!response.ok) return setMessage(await apiErrorMessage(response, 'No certificate was issued.'))
    const { created, queued } = (await response.json()) as { created: number; queued: number }
    setMessage(
      `${created} new certificate${created === 1 ? '' : 's'}; ${queued} PDF${queued === 1 ? '' : 's'} being made and emailed to new holders.`,
    )
  }

  return (
    <p>
      <button
        className="btn btn--size-small btn--style-secondary"
        data-action="issue-certificates"
        disabled={busy}
        onClick={issue}
        type="button"
      >
        Issue certificates
      </button>
      {message ? <span role="status"> {message}</span> : null}
    </p>
  )
}
