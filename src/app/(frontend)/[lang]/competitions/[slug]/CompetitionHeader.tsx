import type React from 'react'

import type { Competition } from '@/payload-types'

import { accentOf } from '@/domain/branding'
import { pageWords } from '@/i18n/pageWords'

import { Poster } from '../../Poster'

/**
 * The top of a competition's page: the committee's logo and accent colour, the title and summary,
 * and the poster. The poster is the page's largest image above the fold, so it loads first. The
 * accent reaches the page through CSS variables (styles.css `.competition`), with a text colour
 * that stays readable on it (src/domain/branding.ts).
 */
export function CompetitionHeader({ competition, lang }: { competition: Competition; lang: string }) {
  const words = pageWords(lang)
  return (
    <header className="competition-header">
      <div className="competition-heading">
        {competition.logo ? (
          <Poster
            className="competition-logo"
            media={
              typeof competition.logo === 'object' && competition.logo
                ? { ...competition.logo, alt: competition.logo.alt || words.competitionLogo(competition.title) }
                : null
            }
            sizes="64px"
          />
        ) : null}
        <div>
          <h1>{competition.title}</h1>
          {competition.summary ? <p className="lead">{competition.summary}</p> : null}
        </div>
      </div>
      {competition.poster ? (
        <Poster className="competition-poster" media={competition.poster} priority sizes="(max-width: 960px) calc(100vw - 32px), 928px" />
      ) : null}
    </header>
  )
}

/** The style that carries a competition's accent colour to everything below it, or nothing. */
export const accentStyle = (competition: Pick<Competition, 'accentColor'>): React.CSSProperties | undefined => {
  const colours = accentOf(competition.accentColor)
  return colours ? ({ '--accent': colours.accent, '--on-accent': colours.text } as React.CSSProperties) : undefined
}
