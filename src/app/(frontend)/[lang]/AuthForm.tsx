'use client'

import { type FormEvent, useState } from 'react'

import { apiErrorMessage } from '@/api/errorMessage'

type Field = { autoComplete?: string; label: string; name: string; type?: string }

/**
 * Sign-up, log-in and forgot-password forms: they post to Payload's REST endpoints
 * (POST /api/users, /api/users/login, /api/users/forgot-password) and show the server's answer.
 */
export function AuthForm(props: { action: 'forgot' | 'login' | 'signup'; done: string; fields: Field[]; next?: string; submitLabel: string }) {
  const { action, done, fields, next, submitLabel } = props
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

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
    if (action === 'login') window.location.assign(next && next.startsWith('/') && !next.startsWith('//') ? next : done)
    else setMessage({ kind: 'ok', text: done })
  }

  return (
    <form className="stack" onSubmit={submit}>
      {fields.map((field) => (
        <label key={field.name}>
          {field.label}
          <input autoComplete={field.autoComplete} name={field.name} required type={field.type ?? 'text'} />
        </label>
      ))}
      <button disabled={busy} type="submit">
        {submitLabel}
      </button>
      {message ? (
        <p aria-live="polite" className={message.kind === 'error' ? 'error' : 'success'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </form>
  )
}
