import type { Metadata } from 'next'

import { simplePageMetadata } from '@/frontend/pageMetadata'
import { dictionaryFor } from '@/i18n/dictionary'

import { AuthForm } from '../AuthForm'

// Rendered per request: its scripts carry the request's CSP nonce (src/http/contentSecurityPolicy.ts).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params
  return simplePageMetadata(lang, '/signup', dictionaryFor(lang).signUp)
}

export default async function SignupPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  const t = dictionaryFor(lang)
  return (
    <>
      <h1>{t.signUp}</h1>
      <AuthForm
        action="signup"
        done={t.checkEmail}
        fields={[
          { autoComplete: 'name', label: t.name, name: 'name' },
          { autoComplete: 'email', label: t.email, name: 'email', type: 'email' },
          { autoComplete: 'new-password', label: t.password, name: 'password', type: 'password' },
          { autoComplete: 'organization', label: t.institution, name: 'institution' },
        ]}
        submitLabel={t.signUp}
      />
    </>
  )
}
