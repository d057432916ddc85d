'use client'

import { useEffect, useState } from 'react'

/** The visitor as the server knows them: who they are and their role, or null when nobody is logged in. */
export type Me = null | { id: number | string; role?: null | string }

let answer: Promise<Me> | undefined

/**
 * Who is logged in, asked after hydration (`GET /api/users/me`): public pages are served from a
 * cache, the same HTML for everyone, so nothing personal is in them. One request per page load,
 * shared by every part of the page that asks. `undefined` until the server has answered.
 */
export const useMe = (): Me | undefined => {
  const [me, setMe] = useState<Me | undefined>(undefined)
  useEffect(() => {
    answer ??= fetch('/api/users/me?depth=0', { cache: 'no-store', credentials: 'same-origin' })
      .then(async (response) => (response.ok ? (((await response.json()) as { user?: Me }).user ?? null) : null))
      .catch(() => null)
    let current = true
    void answer.then((user) => {
      if (current) setMe(user)
    })
    return () => {
      current = false
    }
  }, [])
  return me
}
