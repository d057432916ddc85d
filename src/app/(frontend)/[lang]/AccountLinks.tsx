'use client'

import { dictionaryFor } from '@/i18n/dictionary'

import { LogOutButton } from './LogOutButton'
import { useMe } from './useMe'

/**
 * The navigation's personal part. The server renders "Log in / Sign up" (what most visitors and
 * every cached page get); once the browser knows someone is logged in it shows "Dashboard / Log out".
 */
export function AccountLinks({ lang }: { lang: string }) {
  const t = dictionaryFor(lang)
  const me = useMe()
  if (me)
    return (
      <>
        <a href={`/${lang}/dashboard`}>{t.dashboard}</a>
        <LogOutButton label={t.logOut} lang={lang} />
      </>
    )
  return (
    <>
      <a href={`/${lang}/login`}>{t.logIn}</a>
      <a href={`/${lang}/signup`}>{t.signUp}</a>
    </>
  )
}
