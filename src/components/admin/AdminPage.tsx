import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

/** A custom admin view in Payload's own frame (navigation, header), under one heading. */
export function AdminPage({
  children,
  heading,
  view: { initPageResult, params, searchParams },
}: {
  children: React.ReactNode
  heading: string
  view: AdminViewServerProps
}) {
  const { req } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>{heading}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}

/** "scored / expected" rows, one per judge or per submission, for a stage's judging progress. */
export function ProgressTable({ label, rows }: { label: string; rows: { assigned: number; key: string; name: string; scored: number }[] }) {
  return (
    <table aria-label={label} style={{ marginBottom: 12 }}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>{row.name}</td>
            <td style={{ textAlign: 'right' }}>
              {row.scored} / {row.assigned}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
