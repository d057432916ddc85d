'use client'

import { useState } from 'react'

import { apiErrorMessage } from '@/api/errorMessage'

/** The leader sends a member a fresh invitation; the server limits how often. */
export function ResendInvitationButton({
  done,
  label,
  member,
  registration,
}: {
  done: string
  label: string
  member: string
  registration: string
}) {
  const [message, setMessage] = useState<null | { error: boolean; text: string }>(null)
  return (
    <>
      <button
        onClick={async () => {
          const response = await fetch(`/api/registrations/${registration}/invitations/resend`, {
            body: JSON.stringify({ member }),
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            method: 'POST',
          })
          setMessage(
            response.ok
              ? { error: false, text: done }
              : { error: true, text: await apiErrorMessage(response, 'The invitation was not sent.') },
          )
        }}
        type="button"
      >
        {label}
      </button>
      {message ? (
        <span className={message.error ? 'error' : 'success'} role={message.error ? 'alert' : 'status'}>
          {' '}
          {message.text}
        </span>
      ) : null}
    </>
  )
}
