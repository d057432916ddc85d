'use client'

import { useEffect, useState } from 'react'

import { apiErrorMessage } from '@/api/errorMessage'

type State = { message: string; status: 'error' | 'ok' | 'working' }

/** Verifies through Payload's REST endpoint, so the rule lives in one place: the server. */
export function VerifyEmail({ token }: { token: string }) {
  const [state, setState] = useState<State>({ message: 'Verifying…', status: 'working' })

  useEffect(() => {
    if (!token) {
      setState({ message: 'This link has no token. Open the link from the email again.', status: 'error' })
      return
    }
    let cancelled = false
    fetch(`/api/users/verify/${encodeURIComponent(token)}`, { credentials: 'include', method: 'POST' })
      .then(async (response) => {
        if (cancelled) return
        if (response.ok) setState({ message: 'Your email is verified. You can log in now.', status: 'ok' })
        else setState({ message: await apiErrorMessage(response, 'This link is invalid or was already used.'), status: 'error' })
      })
      .catch(() => !cancelled && setState({ message: 'Could not reach the server; try again.', status: 'error' }))
    return () => {
      cancelled = true
    }
  }, [token])

  return (
    <p aria-live="polite" className={state.status === 'error' ? 'error' : state.status === 'ok' ? 'success' : 'muted'} role="status">
      {state.message}
    </p>
  )
}
