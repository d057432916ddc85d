import type { Metadata } from 'next'

import { categoryLabel } from '@/domain/categories'
import { publicAvailability } from '@/frontend/availability'
import { upcomingCompetitions } from '@/frontend/competitionBySlug'
import { pageMetadata } from '@/frontend/pageMetadata'
import { dictionaryFor } from '@/i18n/dictionary'
import { seoWords } from '@/i18n/seo'

import { FeeNow } from './FeeNow'
import { Poster } from './Poster'

// Served from the cache (src/http/contentSecurityPolicy.ts isCacheablePage): rendered again when a
// competition or its places change (cache tags), and at least every 60 s
// (PUBLIC_REVALIDATE_SECONDS) for what follows the clock: the fee wave, days left, opening.
export const revalidate = 60

// No page is rendered at build time (the build has no database); each is rendered on its first visit, then cached.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params
  const words = seoWords(lang)
  return pageMetadata({ description: words.homeDescription, lang, path: '', title: words.homeTitle, titleIsComplete: true })
}

export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  const t = dictionaryFor(lang)
  const docs = await upcomingCompetitions()
  const cards = (
    await Promise.all(docs.map(async (competition) => ({ competition, state: await publicAvailability(competition) })))
  ).filter(({ state }) => state.state !== 'closed')
  return (
    <>
      <h1>{t.competitions}</h1>
      {cards.length === 0 ? <p className="muted">{t.noCompetitions}</p> : null}
      <ul className="cards">
        {cards.map(({ competition, state }, index) => {
          return (
            <li className="card" key={competition.id}>
              {/* The first card's poster is likely the largest paint of a phone's first screen. */}
              <Poster
                media={competition.poster}
                priority={index === 0}
                sizes="(max-width: 640px) calc(100vw - 24px), (max-width: 960px) 50vw, 300px"
              />
              <div className="card-body">
                <h2>
                  <a href={`/${lang}/competitions/${competition.slug}`}>{competition.title}</a>
                </h2>
                <p className="muted">{competition.summary}</p>
                <p>
                  {t.category}: {categoryLabel(competition.category, lang)} · {t.fee}: <FeeNow competition={competition} lang={lang} /> ·{' '}
                  {t.teamSize}: {t.teamSizeValue(competition.teamSize.min, competition.teamSize.max)}
                </p>
                <p>
                  <strong>{state.state === 'upcoming' ? t.opensIn(state.daysToOpen) : t.closesIn(state.daysToClose)}</strong>
                </p>
              </div>
            </li>
          )
        })}
      </ul>
    </>
  )
}
