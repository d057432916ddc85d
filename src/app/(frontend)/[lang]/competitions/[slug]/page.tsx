import type { Metadata } from 'next'

import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import type { Media } from '@/payload-types'

import { categoryLabel } from '@/domain/categories'
import { absoluteUrl, competitionEvent, jsonLdText } from '@/domain/seo'
import { timelinePhases } from '@/domain/timeline'
import { availability } from '@/frontend/availability'
import { competitionBySlug } from '@/frontend/competitionBySlug'
import { pageMetadata, posterImage } from '@/frontend/pageMetadata'
import { session } from '@/frontend/session'
import { siteUrl } from '@/frontend/siteUrl'
import { dictionaryFor } from '@/i18n/dictionary'
import { seoWords } from '@/i18n/seo'

import { AnnouncementList } from '../../Announcements'
import { FeeNow } from '../../FeeNow'
import { formatDateTime } from '../../format'
import { accentStyle, CompetitionHeader } from './CompetitionHeader'
import { Contacts } from './Contacts'
import { FeeWaves } from './FeeWaves'
import { Prizes } from './Prizes'
import { Timeline } from './Timeline'

export const dynamic = 'force-dynamic'

// What the public may see only (a committee member previewing a draft gets noindex, never its words).
export async function generateMetadata({ params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Metadata> {
  const { lang, slug } = await params
  const { payload } = await session()
  const competition = await competitionBySlug(payload, slug, null)
  if (!competition) return { robots: { follow: false, index: false } }
  return pageMetadata({
    description: competition.summary || seoWords(lang).competitionFallback(competition.title),
    image: posterImage(competition.poster),
    lang,
    path: `/competitions/${competition.slug}`,
    title: competition.title,
    type: 'article',
  })
}

export default async function CompetitionPage({ params }: { params: Promise<{ lang: string; slug: string }> }) {
  const { lang, slug } = await params
  const t = dictionaryFor(lang)
  const { payload, user } = await session()
  const competition = await competitionBySlug(payload, slug, user)
  if (!competition) notFound()
  const state = await availability(payload, competition, user)
  const guidebook = typeof competition.guidebook === 'object' ? (competition.guidebook as Media | null) : null
  const registerHref = `/${lang}/competitions/${slug}/register`
  // Public announcements of this competition, published ones only (a committee member would read scheduled ones too).
  const announcements = await payload.find({
    collection: 'announcements',
    depth: 0,
    limit: 20,
    overrideAccess: false,
    select: { body: true, competition: true, publishAt: true, title: true },
    sort: '-publishAt',
    user,
    where: {
      and: [
        { competition: { equals: competition.id } },
        { audience: { equals: 'public' } },
        { publishAt: { less_than_equal: new Date().toISOString() } },
      ],
    },
  })

  let action: React.ReactNode
  if (state.mine)
    action = (
      <p>
        {t.alreadyRegistered} <a href={`/${lang}/dashboard`}>{t.myRegistrations}</a>
      </p>
    )
  else if (state.state === 'closed') action = <p data-state="closed">{t.closed}</p>
  else if (state.state === 'upcoming') action = <p data-state="upcoming">{t.opensIn(state.daysToOpen)}</p>
  else if (state.state === 'full') action = <p data-state="full">{t.full}</p>
  else if (!user)
    action = (
      <a className="button" href={`/${lang}/login?next=${encodeURIComponent(registerHref)}`}>
        {t.logInToRegister}
      </a>
    )
  else if (user.role !== 'participant') action = null
  else {
    action = (
      <>
        {state.state === 'waitlist' ? <p data-state="waitlist">{t.waitlist}</p> : null}
        <a className="button" href={registerHref}>
          {t.register}
        </a>
      </>
    )
  }

  // A data block for search engines, published competitions only. Not executed, so the CSP's
  // script nonce does not apply; jsonLdText escapes '<' so no value can end the element.
  const event =
    competition._status === 'published'
      ? competitionEvent({
          competition,
          lang: lang === 'en' ? 'en' : 'id',
          now: new Date(),
          pageUrl: absoluteUrl(siteUrl(), `/${lang}/competitions/${competition.slug}`),
          posterUrl: posterImage(competition.poster)?.url,
          registration: state.state,
        })
      : null

  const renderedAt = new Date()
  const phases = timelinePhases(competition, t.registrationWindow).map((phase) => ({
    ...phase,
    closesLabel: formatDateTime(phase.closesAt, lang),
    opensLabel: formatDateTime(phase.opensAt, lang),
  }))

  return (
    <article className="competition" style={accentStyle(competition)}>
      {event ? <script dangerouslySetInnerHTML={{ __html: jsonLdText(event) }} type="application/ld+json" /> : null}
      <CompetitionHeader competition={competition} lang={lang} />
      <section aria-label={t.registration} className="panel register-panel">
        <p>
          {t.category}: {categoryLabel(competition.category, lang)} · {t.fee}: <FeeNow competition={competition} lang={lang} /> ·{' '}
          {t.teamSize}: {t.teamSizeValue(competition.teamSize.min, competition.teamSize.max)}
          {state.placesLeft !== null ? ` · ${state.placesLeft > 0 ? t.placesLeft(state.placesLeft) : t.full}` : ''}
        </p>
        {action}
      </section>
      {competition.description ? (
        <div className="prose">
          <RichText data={competition.description} />
        </div>
      ) : null}
      {guidebook?.url ? (
        <p>
          <a className="button button-secondary" href={guidebook.url}>
            {t.guidebook}
          </a>
        </p>
      ) : null}
      {announcements.docs.length > 0 ? (
        <AnnouncementList announcements={announcements.docs} empty={t.noAnnouncements} heading={t.announcements} lang={lang} />
      ) : null}
      <Timeline heading={t.timeline} lang={lang} phases={phases} renderedAt={renderedAt.toISOString()} />
      <FeeWaves heading={t.feeWaves} lang={lang} waves={competition.feeSchedule} />
      <Prizes heading={t.prizes} prizes={competition.prizes} />
      <Contacts contacts={competition.contacts} heading={t.contacts} />
      <p>
        <a href={`/${lang}/competitions/${slug}/results`}>{t.results}</a>
      </p>
    </article>
  )
}
