'use client'

import { useState } from 'react'

import { apiErrorMessage } from '@/api/errorMessage'

type State = { message: string; status: 'error' | 'idle' | 'ok' | 'working' }

/**
 * One button that posts `{ token }` to a server endpoint and shows its answer: accepting an
 * invitation, confirming a new email. The rules and their messages are the server's.
 */
export function PostTokenButton(props: {
  done?: { href: string; label: string }
  endpoint: string
  fallbackError: string
  label: string
  token: string
  working: string
}) {
  const { done, endpoint, fallbackError, label, token, working } = props
  const [state, setState] = useState<State>({ message: '', status: 'idle' })
  return (
    <>
      <button
        disabled={state.status === 'working' || state.status === 'ok'}
        onClick={async () => {
          setState({ message: working, status: 'working' })
          try {
            const response = await fetch(endpoint, {
              body: JSON.stringify({ token }),
              credentials: 'include',
              headers: { 'Content-Type': 'application/json' },
              method: 'POST',
            })
            if (response.ok) setState({ message: ((await response.json()) as { message?: string }).message ?? '', status: 'ok' })
            else setState({ message: await apiErrorMessage(response, fallbackError), status: 'error' })
          } catch {
            setState({ message: 'Could not reach the server; try again.', status: 'error' })
          }
        }}
        type="button"
      >
        {state.status === 'working' ? working : label}
      </button>
      {state.message && state.status !== 'working' ? (
        <p
          aria-live="polite"
          className={state.status === 'error' ? 'error' : 'success'}
          role={state.status === 'error' ? 'alert' : 'status'}
        >
          {state.message}
        </p>
      ) : null}
      {state.status === 'ok' && done ? (
        <p>
          <a href={done.href}>{done.label}</a>
        </p>
      ) : null}
    </>
  )
}
