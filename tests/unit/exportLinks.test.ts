import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { CompetitionStats } from '../../src/stats/competitionStats'

import { CompetitionOverview } from '../../src/components/admin/CompetitionOverview'
import { overviewWords } from '../../src/i18n/adminOverview'

const stats: CompetitionStats = {
  competition: { id: 'c1', quota: 10, title: 'Hackathon', waitlist: false },
  documentsAwaitingReview: 0,
  fees: { due: 0, verified: 0 },
  judging: [{ name: 'Preliminary', scoresExpected: 0, scoresGiven: 0, stage: 'preliminary' }],
  registrations: {
    byStatus: { 'needs-revision': 0, pending: 0, rejected: 0, verified: 0, waitlisted: 0, withdrawn: 0 },
    placesTaken: 0,
    quota: 10,
    waitlisted: 0,
  },
  registrationsPerDay: [],
  submissions: [{ count: 0, name: 'Preliminary', stage: 'preliminary' }],
}

const hrefs = (language: string) => {
  const html = renderToStaticMarkup(
    React.createElement(CompetitionOverview, {
      adminRoute: '/admin',
      apiRoute: '/api',
      draft: false,
      stats,
      words: overviewWords(language),
    }),
  )
  return [...html.matchAll(/<a download="" href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))
}

describe('download links on the overview', () => {
  it("link every export of the competition and of each stage, CSV and Excel, in the panel's language", () => {
    expect(hrefs('en')).toEqual([
      '/api/competitions/c1/export/submissions.csv?stage=preliminary&lang=en',
      '/api/competitions/c1/export/submissions.xlsx?stage=preliminary&lang=en',
      '/api/competitions/c1/export/scores.csv?stage=preliminary&lang=en',
      '/api/competitions/c1/export/scores.xlsx?stage=preliminary&lang=en',
      '/api/competitions/c1/export/registrations.csv?lang=en',
      '/api/competitions/c1/export/registrations.xlsx?lang=en',
    ])
    expect(hrefs('id').at(-1)).toBe('/api/competitions/c1/export/registrations.xlsx?lang=id')
  })
})
