'use client'

import { useEffect, useState } from 'react'

/**
 * False in the server's HTML and until React has hydrated the page, then true. Forms that carry a
 * password keep their submit button disabled until then: before hydration a click would submit
 * the form the browser's way instead of through our fetch.
 */
export const useHydrated = (): boolean => {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
