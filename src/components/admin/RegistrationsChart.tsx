import React from 'react'

import type { DayCount } from '../../domain/stats'

const WIDTH = 300
const HEIGHT = 64
const GAP = 2

/**
 * Registrations per day as plain SVG bars (no chart library, no client script): one bar a
 * day, oldest on the left, each with its date and count as a tooltip; days without
 * registrations show as a thin line so the 30 days stay visible.
 */
export function RegistrationsChart({ days, label, locale, summary }: { days: DayCount[]; label: string; locale: string; summary: string }) {
  const highest = Math.max(1, ...days.map((day) => day.count))
  const barWidth = WIDTH / days.length - GAP
  const format = new Intl.NumberFormat(locale)
  const shortDate = (date: string) =>
    new Date(`${date}T00:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
  return (
    <figure style={{ margin: 0 }}>
      <svg
        aria-label={`${label}: ${days.map((day) => `${shortDate(day.date)} ${format.format(day.count)}`).join(', ')}`}
        height={HEIGHT}
        preserveAspectRatio="none"
        role="img"
        style={{ display: 'block', width: '100%' }}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      >
        {days.map((day, index) => {
          const height = day.count === 0 ? 1 : Math.max(2, (day.count / highest) * (HEIGHT - 2))
          return (
            <rect
              fill={day.count === 0 ? 'var(--theme-elevation-150)' : 'var(--theme-success-500)'}
              height={height}
              key={day.date}
              width={barWidth}
              x={index * (barWidth + GAP)}
              y={HEIGHT - height}
            >
              <title>{`${shortDate(day.date)}: ${format.format(day.count)}`}</title>
            </rect>
          )
        })}
      </svg>
      <figcaption style={{ color: 'var(--theme-elevation-500)', display: 'flex', fontSize: 12, justifyContent: 'space-between' }}>
        <span>{days.length > 0 ? shortDate(days[0].date) : ''}</span>
        <span>{summary}</span>
        <span>{days.length > 0 ? shortDate(days[days.length - 1].date) : ''}</span>
      </figcaption>
    </figure>
  )
}
