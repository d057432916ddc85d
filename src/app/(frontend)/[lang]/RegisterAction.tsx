'use client'

import { useEffect, useState } from 'react'

import type { RegistrationState } from '@/frontend/availability'

import { ACTIVE_STATUSES } from '@/domain/registration'
import { dictionaryFor } from '@/i18n/dictionary'

import { useMe } from './useMe'

/**
 * A participant's own active registration for the competition (the registrations' access rules
 * decide what they may read: their team only), or null; `undefined` until the server has answered.
 */
const useMyRegistration = (competitionId: number | string, asking: boolean) => {
  const [mine, setMine] = useState<null | undefined | { id: number | string }>(undefined)
  useEffect(() => {
    if (!asking) return
    const query = new URLSearchParams({
      depth: '0',
      limit: '1',
      'select[status]': 'true',
      'where[competition][equals]': String(competitionId),
      'where[status][in]': ACTIVE_STATUSES.join(','),
    })
    let current = true
    fetch(`/api/registrations?${query}`, { cache: 'no-store', credentials: 'same-origin' })
      .then(async (response) => (response.ok ? (((await response.json()) as { docs: { id: number | string }[] }).docs[0] ?? null) : null))
      .catch(() => null)
      .then((registration) => {
        if (current) setMine(registration)
      })
    return () => {
      current = false
    }
  }, [asking, competitionId])
  return mine
}

/**
 * The register button and what it says, on a page served from the cache. The server renders what
 * an anonymous visitor sees (the registration's state from the cached count); after hydration a
 * logged-in participant sees their own state: "already registered" with a link to the dashboard,
 * or the register button. Staff see no button. A hint only: the server decides on submit.
 */
export function RegisterAction({
  competitionId,
  daysToOpen,
  lang,
  registerHref,
  state,
}: {
  competitionId: number | string
  daysToOpen: number
  lang: string
  registerHref: string
  state: RegistrationState
}) {
  const t = dictionaryFor(lang)
  const me = useMe()
  const participant = me?.role === 'participant'
  const mine = useMyRegistration(competitionId, participant)
  // Until the server has answered, the page stays as an anonymous visitor sees it.
  const known = me !== undefined && (!participant || mine !== undefined)

  if (known && participant && mine)
    return (
      <p data-personal="registered">
        {t.alreadyRegistered} <a href={`/${lang}/dashboard`}>{t.myRegistrations}</a>
      </p>
    )
  if (state === 'closed') return <p data-state="closed">{t.closed}</p>
  if (state === 'upcoming') return <p data-state="upcoming">{t.opensIn(daysToOpen)}</p>
  if (state === 'full') return <p data-state="full">{t.full}</p>
  if (!known || me === null)
    return (
      <a className="button" href={`/${lang}/login?next=${encodeURIComponent(registerHref)}`}>
        {t.logInToRegister}
      </a>
    )
  if (!participant) return null
  return (
    <>
      {state === 'waitlist' ? <p data-state="waitlist">{t.waitlist}</p> : null}
      <a className="button" data-personal="can-register" href={registerHref}>
        {t.register}
      </a>
    </>
  )
}
