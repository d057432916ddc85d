import type { Metadata } from 'next'

import { notFound, redirect } from 'next/navigation'

import { currentFee } from '@/domain/registration'
import { availability } from '@/frontend/availability'
import { competitionBySlug } from '@/frontend/competitionBySlug'
import { notIndexed } from '@/frontend/pageMetadata'
import { session } from '@/frontend/session'
import { dictionaryFor } from '@/i18n/dictionary'

import { FeeNow } from '../../../FeeNow'
import { registerFormLabels } from './labels'
import { RegisterForm } from './RegisterForm'

export const dynamic = 'force-dynamic'

// A form behind logging in: the competition page is what search engines should show.
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return notIndexed(dictionaryFor((await params).lang).register)
}

export default async function RegisterPage({ params }: { params: Promise<{ lang: string; slug: string }> }) {
  const { lang, slug } = await params
  const t = dictionaryFor(lang)
  const { payload, user } = await session()
  if (!user) redirect(`/${lang}/login?next=${encodeURIComponent(`/${lang}/competitions/${slug}/register`)}`)
  const competition = await competitionBySlug(payload, slug, user)
  if (!competition) notFound()
  const now = new Date()
  const state = await availability(payload, competition, user, now)
  if (state.mine) redirect(`/${lang}/dashboard`)
  const blocked = { closed: t.closed, full: t.full, upcoming: t.opensIn(state.daysToOpen) }[state.state as 'closed']
  return (
    <>
      <h1>{t.registerTitle(competition.title)}</h1>
      {blocked ? (
        <p>{blocked}</p>
      ) : (
        <>
          {state.state === 'waitlist' ? <p>{t.waitlist}</p> : null}
          <p>
            {t.fee}: <FeeNow competition={competition} lang={lang} now={now} /> · {t.teamSize}:{' '}
            {t.teamSizeValue(competition.teamSize.min, competition.teamSize.max)}
          </p>
          <RegisterForm
            competitionId={String(competition.id)}
            labels={registerFormLabels(t, t.register)}
            lang={lang}
            leader={{ email: user.email, institution: user.institution ?? '', name: user.name }}
            needsProof={currentFee(competition.fee, competition.feeSchedule, now).fee > 0}
            teamSize={{ max: competition.teamSize.max, min: competition.teamSize.min }}
          />
        </>
      )}
    </>
  )
}
