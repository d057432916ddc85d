'use client'

import { useState } from 'react'

import { apiErrorMessage } from '@/api/errorMessage'

type Labels = { changeEmail: string; currentPassword: string; newEmail: string; saving: string }

/** Asks the server for an email change; the server emails the new address a confirmation link. */
export function ChangeEmailForm({ labels, lang }: { labels: Labels; lang: string }) {
  const [state, setState] = useState<{ error: boolean; text: string } | null>(null)
  const [working, setWorking] = useState(false)
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        setWorking(true)
        const response = await fetch('/api/users/change-email', {
          body: JSON.stringify({ currentPassword: form.get('currentPassword'), lang, newEmail: form.get('newEmail') }),
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          method: 'POST',
        }).catch(() => null)
        setWorking(false)
        if (!response) setState({ error: true, text: 'Could not reach the server; try again.' })
        else if (response.ok) setState({ error: false, text: ((await response.json()) as { message: string }).message })
        else setState({ error: true, text: await apiErrorMessage(response, 'Your email was not changed.') })
      }}
    >
      <label>
        {labels.newEmail}
        <input autoComplete="email" name="newEmail" required type="email" />
      </label>
      <label>
        {labels.currentPassword}
        <input autoComplete="current-password" name="currentPassword" required type="password" />
      </label>
      <button disabled={working} type="submit">
        {working ? labels.saving : labels.changeEmail}
      </button>
      {state ? (
        <p className={state.error ? 'error' : 'success'} role={state.error ? 'alert' : 'status'}>
          {state.text}
        </p>
      ) : null}
    </form>
  )
}
