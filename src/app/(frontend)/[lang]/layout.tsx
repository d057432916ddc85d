import type { Metadata } from 'next'
import type React from 'react'

import { notFound } from 'next/navigation'

import { ContestKitMark } from '@/components/brand/ContestKitMark'
import { session } from '@/frontend/session'
import { dictionaryFor, isLanguage } from '@/i18n/dictionary'

import { LanguageSwitch } from './LanguageSwitch'
import { LogOutButton } from './LogOutButton'
import './styles.css'

export const metadata: Metadata = {
  description: 'Register your team, submit your work and follow the results of student competitions.',
  // src/app/icon.svg, ContestKit's mark (also the admin panel's favicon).
  icons: { icon: { type: 'image/svg+xml', url: '/icon.svg' } },
  title: 'ContestKit',
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
