import { notIndexed } from '@/frontend/pageMetadata'

import { VerifyEmail } from './VerifyEmail'

// Rendered per request: its scripts carry the request's CSP nonce (src/http/contentSecurityPolicy.ts).
export const dynamic = 'force-dynamic'

export const metadata = notIndexed('Verify email')

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  return (
    <>
      <h1>Verify your email</h1>
      <VerifyEmail token={token ?? ''} />
    </>
  )
}
