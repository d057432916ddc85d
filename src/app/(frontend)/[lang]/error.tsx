'use client'

import { useParams } from 'next/navigation'
import { useEffect } from 'react'

import { pageWords } from '@/i18n/pageWords'

import { StatusMessage } from './StatusMessage'

/**
 * A page that failed while rendering: a sentence in the page's language, a way to try again and
 * a way home, inside the site's layout. The error's message is never shown (it may carry internal
 * details); its digest, which the server's log also records, is logged to the console for support.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = String(useParams<{ lang: string }>()?.lang ?? 'id')
  const words = pageWords(lang)
  useEffect(() => {
    if (error.digest) console.info(`Error reference: ${error.digest}`)
  }, [error.digest])
  return (
    <StatusMessage code="500" heading={words.errorTitle} text={words.errorBody}>
      <button onClick={() => reset()} type="button">
        {words.tryAgain}
      </button>{' '}
      <a className="button button-secondary" href={`/${lang === 'en' ? 'en' : 'id'}`}>
        {words.goHome}
      </a>
    </StatusMessage>
  )
}
