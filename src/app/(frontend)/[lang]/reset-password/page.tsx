import { notIndexed } from '@/frontend/pageMetadata'

import { ResetPasswordForm } from './ResetPasswordForm'

// Rendered per request: its scripts carry the request's CSP nonce (src/http/contentSecurityPolicy.ts).
export const dynamic = 'force-dynamic'

export const metadata = notIndexed('Reset password')

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  return (
    <>
      <h1>Choose a new password</h1>
      <ResetPasswordForm token={token ?? ''} />
    </>
  )
}
