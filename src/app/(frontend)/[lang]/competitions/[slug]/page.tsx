import type { Metadata } from 'next'

import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import type { Media } from '@/payload-types'

import { categoryLabel } from '@/domain/categories'
import { absoluteUrl, competitionEvent, jsonLdText } from '@/domain/seo'
import { timelinePhases } from '@/domain/timeline'
import { publicAvailability } from '@/frontend/availability'
import { publicCompetitionBySlug } from '@/frontend/competitionBySlug'
import { pageMetadata, posterImage } from '@/frontend/pageMetadata'
import { publicAnnouncements } from '@/frontend/publicAnnouncements'
import { siteUrl } from '@/frontend/siteUrl'
import { dictionaryFor } from '@/i18n/dictionary'
import { seoWords } from '@/i18n/seo'

import { AnnouncementList } from '../../Announcements'
import { FeeNow } from '../../FeeNow'
import { formatDateTime } from '../../format'
import { RegisterAction } from '../../RegisterAction'
import { accentStyle, CompetitionHeader } from './CompetitionHeader'
import { Contacts } from './Contacts'
import { FeeWaves } from './FeeWaves'
import { Prizes } from './Prizes'
import { Timeline } from './Timeline'

// Served from the cache, the same HTML for everyone (src/http/contentSecurityPolicy.ts
// isCacheablePage): rendered again when the competition, its places or its announcements change
// (cache tags), and at least every 60 s (PUBLIC_REVALIDATE_SECONDS) for what follows the clock:
// the fee wave running now (FeeNow and the JSON-LD offer), days left, registration opening.
// The visitor's own state (logged in, registered) is asked by the browser: RegisterAction.
export const revalidate = 60

// No page is rendered at build time (the build has no database); each is rendered on its first visit, then cached.
export const generateStaticParams = () => []

// What the public may see only: drafts are previewed in the admin panel, not here.
export async function generateMetadata({ params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Metadata> {
  const { lang, slug } = await params
  const competition = await publicCompetitionBySlug(slug)
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
  const competition = await publicCompetitionBySlug(slug)
  if (!competition) notFound()
  const state = await publicAvailability(competition)
  const guidebook = typeof competition.guidebook === 'object' ? (competition.guidebook as Media | null) : null
  const registerHref = `/${lang}/competitions/${slug}/register`
  const announcements = await publicAnnouncements(competition.id)

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
        <RegisterAction
          competitionId={competition.id}
          daysToOpen={state.daysToOpen}
          lang={lang}
          registerHref={registerHref}
          state={state.state}
        />
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
      {announcements.length > 0 ? (
        <AnnouncementList announcements={announcements} empty={t.noAnnouncements} heading={t.announcements} lang={lang} />
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
