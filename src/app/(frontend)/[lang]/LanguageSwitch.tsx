'use client'

import { usePathname, useSearchParams } from 'next/navigation'

import { LANGUAGES } from '@/i18n/dictionary'

/** Switches language and keeps the page (and its query): /id/dashboard ↔ /en/dashboard. */
export function LanguageSwitch({ current, label }: { current: string; label: string }) {
  const pathname = usePathname() ?? `/${current}`
  const query = useSearchParams()?.toString()
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
