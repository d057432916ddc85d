import type { Metadata } from 'next'

import { ContestKitMark } from '@/components/brand/ContestKitMark'
import { pageWords } from '@/i18n/pageWords'

import { StatusMessage } from './(frontend)/[lang]/StatusMessage'
import './(frontend)/[lang]/styles.css'

/**
 * An address outside every language (/foo, /foo/bar): no language to pick, so the page says it in
 * both, each linking to its home. Replaces Next's built-in 404 page (next.config.mjs
 * `experimental.globalNotFound`); addresses under /id or /en get [lang]/not-found.tsx instead.
 */
export const metadata: Metadata = {
  robots: { follow: false, index: false },
  title: 'Halaman tidak ditemukan · Page not found · ContestKit',
}

export default function GlobalNotFound() {
  const [id, en] = [pageWords('id'), pageWords('en')]
  return (
    <html lang="id">
      <body>
        <header className="site-header">
          <nav aria-label="Main" className="nav">
            <a className="brand" href="/id">
              <ContestKitMark size={24} />
              ContestKit
            </a>
          </nav>
        </header>
        <main className="container" id="main">
          <StatusMessage code="404" heading={id.notFoundTitle} text={id.notFoundBody}>
            <a className="button" href="/id">
              {id.goHome}
            </a>
          </StatusMessage>
          <div lang="en">
            <StatusMessage code="404" heading={en.notFoundTitle} text={en.notFoundBody}>
              <a className="button button-secondary" href="/en">
                {en.goHome}
              </a>
            </StatusMessage>
          </div>
        </main>
      </body>
    </html>
  )
}
