import { redirect } from 'next/navigation'

import { DEFAULT_LANGUAGE } from '@/i18n/dictionary'

// Emails link here (${SERVER_URL}/verify-email?token=…); the page itself lives under a language.
export default async function Redirect({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  redirect(`/${DEFAULT_LANGUAGE}/verify-email${token ? `?token=${encodeURIComponent(token)}` : ''}`)
}
