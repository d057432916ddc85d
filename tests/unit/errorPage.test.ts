import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import ErrorPage from '../../src/app/(frontend)/[lang]/error'
import { pageWords } from '../../src/i18n/pageWords'

/**
 * The public site's error page (a page that failed while rendering), in the address's language.
 * A real failure cannot be provoked in the production server without breaking it, so the page
 * is rendered here as React renders it, with the language Next.js would give it.
 */
const route = vi.hoisted(() => ({ lang: 'id' }))
vi.mock('next/navigation', () => ({ useParams: () => ({ lang: route.lang }) }))

const render = (lang: string) => {
  route.lang = lang
  const error = Object.assign(new Error('relation "competitions" does not exist at 10.0.0.5'), { digest: '12345' })
  return renderToStaticMarkup(createElement(ErrorPage, { error, reset: () => undefined }))
}

describe('the error page', () => {
  it.each(['id', 'en'] as const)('speaks the address language (%s), offers to try again and a way home', (lang) => {
    const html = render(lang)
    const words = pageWords(lang)
    expect(html).toContain(`<h1>${words.errorTitle}</h1>`)
    expect(html).toContain(words.tryAgain)
    expect(html).toContain(`href="/${lang}"`)
    expect(html).toContain(words.goHome)
  })

  it('never shows the error itself, and falls back to Indonesian for another language', () => {
    const html = render('fr')
    expect(html).not.toContain('relation')
    expect(html).not.toContain('10.0.0.5')
    expect(html).toContain(pageWords('id').errorTitle)
    expect(html).toContain('href="/id"')
  })
})
