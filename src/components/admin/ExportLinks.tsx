import React from 'react'

import type { ExportLanguage } from '../../domain/exports'

export type ExportLinkWords = { csv: string; excel: string; language: ExportLanguage }

/**
 * "CSV · Excel" download links for one export (src/endpoints/exports.ts). Plain links: the
 * browser sends the admin's session cookie with the GET, the endpoint checks it is the
 * committee's, and the response's Content-Disposition makes it a download.
 */
export function ExportLinks({
  apiRoute,
  competitionId,
  label,
  query = {},
  what,
  words,
}: {
  apiRoute: string
  competitionId: string
  label: string
  query?: Record<string, string>
  what: 'registrations' | 'scores' | 'submissions'
  words: ExportLinkWords
}) {
  const search = new URLSearchParams({ ...query, lang: words.language }).toString()
  const href = (format: 'csv' | 'xlsx') => `${apiRoute}/competitions/${competitionId}/export/${what}.${format}?${search}`
  return (
    <span data-export={what}>
      {label}:{' '}
      <a download href={href('csv')}>
        {words.csv}
      </a>
      {' · '}
      <a download href={href('xlsx')}>
        {words.excel}
      </a>
    </span>
  )
}
