import { redirect } from 'next/navigation'

import { DEFAULT_LANGUAGE } from '@/i18n/dictionary'

export default function Root() {
  redirect(`/${DEFAULT_LANGUAGE}`)
}
