import type { Metadata } from 'next'
import type React from 'react'

import { notFound } from 'next/navigation'

import { ContestKitMark } from '@/components/brand/ContestKitMark'
import { session } from '@/frontend/session'
import { siteUrl } from '@/frontend/siteUrl'
import { dictionaryFor, isLanguage } from '@/i18n/dictionary'
import { seoWords } from '@/i18n/seo'

import { LanguageSwitch } from './LanguageSwitch'
import { LogOutButton } from './LogOutButton'
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

export default async function FrontendLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params
  if (!isLanguage(lang)) notFound()
  const t = dictionaryFor(lang)
  const { user } = await session()
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
            {user ? (
              <>
                <a href={`/${lang}/dashboard`}>{t.dashboard}</a>
                <LogOutButton label={t.logOut} lang={lang} />
              </>
            ) : (
              <>
                <a href={`/${lang}/login`}>{t.logIn}</a>
                <a href={`/${lang}/signup`}>{t.signUp}</a>
              </>
            )}
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
