import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { PLACINGS } from '@/domain/judging'
import { competitionBySlug } from '@/frontend/competitionBySlug'
import { pageMetadata, posterImage } from '@/frontend/pageMetadata'
import { session } from '@/frontend/session'
import { dictionaryFor } from '@/i18n/dictionary'
import { seoWords } from '@/i18n/seo'
import { publicResults } from '@/judging/results'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Metadata> {
  const { lang, slug } = await params
  const { payload } = await session()
  const competition = await competitionBySlug(payload, slug, null)
  if (!competition) return { robots: { follow: false, index: false } }
  const words = seoWords(lang)
  // Until a stage publishes its results the page is empty: not worth indexing (the sitemap leaves it out too).
  const published = (competition.stages ?? []).some((stage) => stage.resultsPublished)
  const metadata = pageMetadata({
    description: words.resultsDescription(competition.title),
    image: posterImage(competition.poster),
    lang,
    path: `/competitions/${competition.slug}/results`,
    title: words.results(competition.title),
  })
  return published ? metadata : { ...metadata, robots: { follow: true, index: false } }
}

export default async function ResultsPage({ params }: { params: Promise<{ lang: string; slug: string }> }) {
  const { lang, slug } = await params
  const t = dictionaryFor(lang)
  const { payload } = await session()
  // Results are public: read as an anonymous visitor whoever is logged in.
  const competition = await competitionBySlug(payload, slug, null)
  if (!competition) notFound()
  const results = await publicResults(payload, competition)
  return (
    <>
      <h1>
        {t.results}: {competition.title}
      </h1>
      {results.stages.length === 0 ? <p>—</p> : null}
      {results.winners.length > 0 ? (
        <section className="panel">
          <h2>🏆</h2>
          <ol>
            {results.winners.map((winner) => (
              <li key={`${winner.placing}-${winner.teamName}`}>
                <strong>{PLACINGS.find((p) => p.value === winner.placing)?.label}</strong>: {winner.teamName} ({winner.institution})
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {results.stages.map((stage) => (
        <section className="panel" key={stage.key}>
          <h2>
            {stage.name}
            {stage.advancedTo ? ` → ${stage.advancedTo.name}` : ''}
          </h2>
          <ul>
            {stage.advanced.map((team) => (
              <li key={team.teamName}>
                {team.teamName} · {team.institution}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
