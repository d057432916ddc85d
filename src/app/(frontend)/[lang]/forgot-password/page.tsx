import type { Metadata } from 'next'

import { simplePageMetadata } from '@/frontend/pageMetadata'
import { dictionaryFor } from '@/i18n/dictionary'

import { AuthForm } from '../AuthForm'

// Rendered per request: its scripts carry the request's CSP nonce (src/http/contentSecurityPolicy.ts).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params
  return simplePageMetadata(lang, '/forgot-password', lang === 'en' ? 'Forgot password' : 'Lupa kata sandi')
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  const t = dictionaryFor(lang)
  return (
    <>
      <h1>{t.forgotPassword}</h1>
      <AuthForm
        action="forgot"
        done={t.forgotSent}
        fields={[{ autoComplete: 'email', label: t.email, name: 'email', type: 'email' }]}
        submitLabel={t.sendLink}
      />
    </>
  )
}
