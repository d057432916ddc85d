import type { Metadata } from 'next'
import type React from 'react'

import { notFound } from 'next/navigation'

import { ContestKitMark } from '@/components/brand/ContestKitMark'
import { siteUrl } from '@/frontend/siteUrl'
import { dictionaryFor, isLanguage } from '@/i18n/dictionary'
import { seoWords } from '@/i18n/seo'

import { AccountLinks } from './AccountLinks'
import { LanguageSwitch } from './LanguageSwitch'
import './styles.css'

/**
 * What every public page says unless it says more: the site's name (pages' titles end with it),
 * a description in the page's language, and the origin that makes image and page addresses
 * absolute. Pages with their own content set canonical, hreflang and cards (src/frontend/pageMetadata.ts).
 */
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params
  return {
    description: seoWords(lang).siteDescription,
    // src/app/icon.svg, ContestKit's mark (also the admin panel's favicon).
    icons: { icon: { type: 'image/svg+xml', url: '/icon.svg' } },
    metadataBase: new URL(siteUrl()),
    title: { default: 'ContestKit', template: '%s · ContestKit' },
  }
}

/**
 * Nothing personal is rendered here: the home, competition and results pages under this layout
 * are served from the cache, the same HTML for everyone. Who is logged in is asked by the browser
 * (AccountLinks); personal pages read the session themselves.
 */
export default async function FrontendLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params
  if (!isLanguage(lang)) notFound()
  const t = dictionaryFor(lang)
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Main" className="nav">
            <a className="brand" href={`/${lang}`}>
              <ContestKitMark size={24} />
              ContestKit
            </a>
            <a href={`/${lang}`}>{t.competitions}</a>
            <AccountLinks lang={lang} />
            <LanguageSwitch current={lang} label={t.language} />
          </nav>
        </header>
        <main className="container" id="main">
          {children}
        </main>
      </body>
    </html>
  )
}
