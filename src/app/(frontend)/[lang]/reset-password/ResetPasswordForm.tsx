'use client'

import { type FormEvent, useState } from 'react'

import { apiErrorMessage } from '@/api/errorMessage'

import { useHydrated } from '../useHydrated'

/** Posts through fetch only: `method="post"` and a button disabled until hydrated keep the new password out of URLs. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const hydrated = useHydrated()

  if (!token) return <p className="error">This link has no token. Open the link from the email again.</p>

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const password = String(form.get('password') ?? '')
    if (password !== String(form.get('confirm') ?? '')) {
      setMessage({ kind: 'error', text: 'The two passwords are not the same.' })
      return
    }
    setBusy(true)
    try {
      const response = await fetch('/api/users/reset-password', {
        body: JSON.stringify({ password, token }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      setMessage(
        response.ok
          ? { kind: 'ok', text: 'Your password is changed and you are logged in.' }
          : { kind: 'error', text: await apiErrorMessage(response, 'This link is invalid or has expired.') },
      )
    } catch {
      setMessage({ kind: 'error', text: 'Could not reach the server; try again.' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="stack" method="post" onSubmit={submit}>
      <label>
        New password
        <input autoComplete="new-password" minLength={8} name="password" required type="password" />
      </label>
      <label>
        Repeat the new password
        <input autoComplete="new-password" minLength={8} name="confirm" required type="password" />
      </label>
      <button disabled={!hydrated || busy} type="submit">
        {busy ? 'Saving…' : 'Save new password'}
      </button>
      {message ? (
        <p aria-live="polite" className={message.kind === 'error' ? 'error' : 'success'} role="status">
          {message.text}
        </p>
      ) : null}
    </form>
  )
}
