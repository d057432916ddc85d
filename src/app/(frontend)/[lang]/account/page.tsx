import { redirect } from 'next/navigation'

import { notIndexed } from '@/frontend/pageMetadata'
import { session } from '@/frontend/session'
import { dictionaryFor } from '@/i18n/dictionary'

import { ChangeEmailForm } from './ChangeEmailForm'

export const dynamic = 'force-dynamic'
export const metadata = notIndexed('Account')

export default async function AccountPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  const t = dictionaryFor(lang)
  const { user } = await session()
  if (!user) redirect(`/${lang}/login?next=/${lang}/account`)
  return (
    <>
      <h1>{t.account}</h1>
      <p>
        {t.email}: {user.email}
        {user.pendingEmail ? ` (→ ${user.pendingEmail})` : ''}
      </p>
      <h2>{t.changeEmail}</h2>
      <p className="muted">{t.changeEmailHint}</p>
      <ChangeEmailForm
        labels={{ changeEmail: t.changeEmail, currentPassword: t.currentPassword, newEmail: t.newEmail, saving: t.saving }}
        lang={lang}
      />
    </>
  )
}
