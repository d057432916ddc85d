'use client'

import { type FormEvent, useState } from 'react'

import { apiErrorMessage } from '@/api/errorMessage'
import { safeRedirectPath } from '@/domain/safeRedirect'

import { useHydrated } from './useHydrated'

type Field = { autoComplete?: string; label: string; name: string; type?: string }

/**
 * Sign-up, log-in and forgot-password forms: they post to Payload's REST endpoints
 * (POST /api/users, /api/users/login, /api/users/forgot-password) and show the server's answer.
 * The form is `method="post"` and its button stays disabled until hydrated, so a password is
 * never sent the browser's way, let alone as `?password=` in a URL (and in server logs).
 * After logging in, `next` is followed only when it is a path on this site.
 */
export function AuthForm(props: {
  action: 'forgot' | 'login' | 'signup'
  done: string
  fields: Field[]
  next?: string
  submitLabel: string
}) {
  const { action, done, fields, next, submitLabel } = props
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const hydrated = useHydrated()

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const body = Object.fromEntries(new FormData(event.currentTarget).entries())
    setBusy(true)
    const endpoint = { forgot: '/api/users/forgot-password', login: '/api/users/login', signup: '/api/users' }[action]
    const response = await fetch(endpoint, {
      body: JSON.stringify(body),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    if (!response.ok) {
      setMessage({ kind: 'error', text: await apiErrorMessage(response, 'Something went wrong.') })
      return
    }
    if (action === 'login') window.location.assign(safeRedirectPath(next, window.location.origin, done))
    else setMessage({ kind: 'ok', text: done })
  }

  return (
    <form className="stack" method="post" onSubmit={submit}>
      {fields.map((field) => (
        <label key={field.name}>
          {field.label}
          <input autoComplete={field.autoComplete} name={field.name} required type={field.type ?? 'text'} />
        </label>
      ))}
      <button disabled={!hydrated || busy} type="submit">
        {submitLabel}
      </button>
      {message ? (
        <p
          aria-live="polite"
          className={message.kind === 'error' ? 'error' : 'success'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  )
}
