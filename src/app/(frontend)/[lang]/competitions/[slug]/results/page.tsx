import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { PLACINGS } from '@/domain/judging'
import { publicCompetitionBySlug } from '@/frontend/competitionBySlug'
import { pageMetadata, posterImage } from '@/frontend/pageMetadata'
import { cachedPublicResults } from '@/frontend/publicResults'
import { dictionaryFor } from '@/i18n/dictionary'
import { seoWords } from '@/i18n/seo'

// Served from the cache, like the competition page: refreshed when a stage's results are
// published or withdrawn and when teams advance or are placed (cache tags), at least every 60 s.
export const revalidate = 60

export const generateStaticParams = () => []

export async function generateMetadata({ params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Metadata> {
  const { lang, slug } = await params
  const competition = await publicCompetitionBySlug(slug)
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
  // Results are public: read as an anonymous visitor.
  const competition = await publicCompetitionBySlug(slug)
  if (!competition) notFound()
  const results = await cachedPublicResults(competition)
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
