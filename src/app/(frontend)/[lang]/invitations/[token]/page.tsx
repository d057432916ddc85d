import { notIndexed } from '@/frontend/pageMetadata'
import { session } from '@/frontend/session'
import { dictionaryFor } from '@/i18n/dictionary'

import { PostTokenButton } from '../../PostTokenButton'

export const dynamic = 'force-dynamic'
export const metadata = notIndexed('Invitation')

/**
 * The link in an invitation email. Accepting is the server's decision (POST
 * /api/invitations/accept): logged in, verified, with the invited address.
 */
export default async function InvitationPage({ params }: { params: Promise<{ lang: string; token: string }> }) {
  const { lang, token } = await params
  const t = dictionaryFor(lang)
  const { user } = await session()
  const here = `/${lang}/invitations/${encodeURIComponent(token)}`
  return (
    <>
      <h1>{t.invitationTitle}</h1>
      {user ? (
        <>
          <p>{t.invitationAsk(user.email)}</p>
          <PostTokenButton
            done={{ href: `/${lang}/dashboard`, label: t.dashboard }}
            endpoint="/api/invitations/accept"
            fallbackError="The invitation was not accepted."
            label={t.accept}
            token={token}
            working={t.accepting}
          />
        </>
      ) : (
        <>
          <p>{t.invitationLoggedOut}</p>
          <p>
            <a href={`/${lang}/login?next=${encodeURIComponent(here)}`}>{t.logIn}</a> · <a href={`/${lang}/signup`}>{t.signUp}</a>
          </p>
        </>
      )}
    </>
  )
}
