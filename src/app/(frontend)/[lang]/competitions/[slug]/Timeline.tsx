'use client'

import { useEffect, useState } from 'react'

import { timelineAt, type TimelinePhase } from '@/domain/timeline'
import { pageWords } from '@/i18n/pageWords'

const MINUTE = 60_000

/**
 * Registration and the stages as a vertical timeline, "now" marked. The page's HTML may come from
 * a cache, so the server's moment (`renderedAt`) only draws the first paint (and the page without
 * JavaScript); once hydrated, the browser's clock places "now" and moves it every minute. The
 * marker is positioned absolutely, so moving it shifts no text. Dates come formatted by the
 * server: Node's and the browser's Intl may differ by a space, which React would report as a
 * hydration mismatch.
 */
export function Timeline({
  heading,
  lang,
  phases,
  renderedAt,
}: {
  heading: string
  lang: string
  phases: (TimelinePhase & { closesLabel: string; opensLabel: string })[]
  renderedAt: string
}) {
  const words = pageWords(lang)
  const [now, setNow] = useState(() => new Date(renderedAt))
  useEffect(() => {
    setNow(new Date())
    const timer = setInterval(() => setNow(new Date()), MINUTE)
    return () => clearInterval(timer)
  }, [])
  if (phases.length === 0) return null
  const { now: marker, states } = timelineAt(phases, now)
  const nowLabel = (
    <span className="timeline-now" data-testid="timeline-now">
      {words.now}
    </span>
  )
  return (
    <section aria-labelledby="timeline-heading" className="timeline-section">
      <h2 id="timeline-heading">{heading}</h2>
      <ol className="timeline">
        {phases.map((phase, index) => {
          const nowHere = marker.index === index
          return (
            <li
              className="timeline-phase"
              data-now={nowHere ? marker.at : undefined}
              data-state={states[index]}
              key={phase.key}
              style={nowHere && marker.at === 'within' ? { ['--progress' as string]: marker.progress } : undefined}
            >
              {nowHere ? nowLabel : null}
              <strong className="timeline-name">{phase.name}</strong>{' '}
              <span className="timeline-state">({words.phaseState[states[index]]})</span>
              <br />
              <span className="muted">
                <time dateTime={phase.opensAt}>{phase.opensLabel}</time> – <time dateTime={phase.closesAt}>{phase.closesLabel}</time>
              </span>
            </li>
          )
        })}
        {marker.index === phases.length ? (
          <li aria-hidden="true" className="timeline-end" data-now="before">
            {nowLabel}
          </li>
        ) : null}
      </ol>
    </section>
  )
}
