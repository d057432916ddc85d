import { notIndexed } from '@/frontend/pageMetadata'
import { session } from '@/frontend/session'
import { dictionaryFor } from '@/i18n/dictionary'

import { PostTokenButton } from '../../PostTokenButton'

export const dynamic = 'force-dynamic'
export const metadata = notIndexed('Confirm email')

/** The link sent to a new email address; the change is made by POST /api/users/confirm-email-change. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ lang: string; token: string }> }) {
  const { lang, token } = await params
  const t = dictionaryFor(lang)
  const { user } = await session()
  const here = `/${lang}/confirm-email/${encodeURIComponent(token)}`
  return (
    <>
      <h1>{t.confirmEmailTitle}</h1>
      {user ? (
        <PostTokenButton
          done={{ href: `/${lang}/dashboard`, label: t.dashboard }}
          endpoint="/api/users/confirm-email-change"
          fallbackError="Your email was not changed."
          label={t.confirmEmail}
          token={token}
          working={t.saving}
        />
      ) : (
        <>
          <p>{t.confirmEmailLoggedOut}</p>
          <p>
            <a href={`/${lang}/login?next=${encodeURIComponent(here)}`}>{t.logIn}</a>
          </p>
        </>
      )}
    </>
  )
}
