import type { Metadata } from 'next'

import { simplePageMetadata } from '@/frontend/pageMetadata'
import { dictionaryFor } from '@/i18n/dictionary'

import { AuthForm } from '../AuthForm'

// Rendered per request: its scripts carry the request's CSP nonce (src/http/contentSecurityPolicy.ts).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params
  return simplePageMetadata(lang, '/login', dictionaryFor(lang).logIn)
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>
  searchParams: Promise<{ next?: string }>
}) {
  const { lang } = await params
  const { next } = await searchParams
  const t = dictionaryFor(lang)
  return (
    <>
      <h1>{t.logIn}</h1>
      <AuthForm
        action="login"
        done={`/${lang}/dashboard`}
        fields={[
          { autoComplete: 'email', label: t.email, name: 'email', type: 'email' },
          { autoComplete: 'current-password', label: t.password, name: 'password', type: 'password' },
        ]}
        next={next}
        submitLabel={t.logIn}
      />
      <p>
        <a href={`/${lang}/forgot-password`}>{t.forgotPassword}</a> · <a href={`/${lang}/signup`}>{t.signUp}</a>
      </p>
    </>
  )
}
