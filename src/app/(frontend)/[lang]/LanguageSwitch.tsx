'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'

import { LANGUAGES } from '@/i18n/dictionary'

/**
 * Switches language and keeps the page (and its query): /id/dashboard ↔ /en/dashboard. The query
 * is known in the browser only: a page served from the cache renders the links without it, and
 * they gain it once hydrated (without the Suspense boundary, reading it would make React render
 * the whole cached page in the browser instead).
 */
export function LanguageSwitch({ current, label }: { current: string; label: string }) {
  return (
    <Suspense fallback={<LanguageLinks current={current} label={label} query="" />}>
      <LanguageLinksWithQuery current={current} label={label} />
    </Suspense>
  )
}

function LanguageLinksWithQuery({ current, label }: { current: string; label: string }) {
  return <LanguageLinks current={current} label={label} query={useSearchParams()?.toString() ?? ''} />
}

function LanguageLinks({ current, label, query }: { current: string; label: string; query: string }) {
  const pathname = usePathname() ?? `/${current}`
  return (
    <span aria-label={label} className="lang-switch" role="group">
      {LANGUAGES.map((lang) => {
        const href = `${pathname.replace(/^\/[^/]+/, `/${lang}`)}${query ? `?${query}` : ''}`
        return lang === current ? (
          <strong aria-current="true" key={lang}>
            {lang.toUpperCase()}
          </strong>
        ) : (
          <a hrefLang={lang} href={href} key={lang} lang={lang}>
            {lang.toUpperCase()}
          </a>
        )
      })}
    </span>
  )
}
