'use client'

import { useParams } from 'next/navigation'

import { pageWords } from '@/i18n/pageWords'

import { StatusMessage } from './StatusMessage'

/**
 * Any address under /id or /en that is not a page (and a competition that does not exist or is a
 * draft): answered 404 inside the site's layout, in the address's language. A client component
 * only to read the language: a not-found page is given no params.
 */
export default function NotFound() {
  const lang = String(useParams<{ lang: string }>()?.lang ?? 'id')
  const words = pageWords(lang)
  return (
    <StatusMessage code="404" heading={words.notFoundTitle} text={words.notFoundBody}>
      <a className="button" href={`/${lang === 'en' ? 'en' : 'id'}`}>
        {words.goHome}
      </a>
    </StatusMessage>
  )
}
