'use client'

import { useState } from 'react'

import { apiErrorMessage } from '@/api/errorMessage'

export function WithdrawButton({ confirmText, id, label }: { confirmText: string; id: string; label: string }) {
  const [error, setError] = useState<null | string>(null)
  return (
    <>
      <button
        onClick={async () => {
          if (!window.confirm(confirmText)) return
          const response = await fetch(`/api/registrations/${id}`, {
            body: JSON.stringify({ status: 'withdrawn' }),
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            method: 'PATCH',
          })
          if (response.ok) window.location.reload()
          else setError(await apiErrorMessage(response, 'Not withdrawn.'))
        }}
        type="button"
      >
        {label}
      </button>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}
