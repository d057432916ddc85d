'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { useRouter, useSearchParams } from 'next/navigation'
import React, { type FormEvent, useState } from 'react'

import { reviewWords } from '../../i18n/review'

type Condition = Record<string, Record<string, string>>

/**
 * The registrations list's `where`, as Payload's list view and its filter builder write it
 * (`where[or][0][and][0][status][equals]=pending`), so a saved filter shows up in the
 * list's own filter controls and can be refined there. The competition the list is already
 * filtered by (the overview's links set one) is kept.
 */
export const listWhereQuery = (conditions: Condition[], competition: null | string): string => {
  const all = competition ? [...conditions, { competition: { equals: competition } }] : conditions
  const params = new URLSearchParams()
  all.forEach((condition, index) => {
    for (const [field, operators] of Object.entries(condition)) {
      for (const [operator, value] of Object.entries(operators)) params.set(`where[or][0][and][${index}][${field}][${operator}]`, value)
    }
  })
  return params.toString()
}

const COMPETITION_PARAM = /^where(\[(or|and)\]\[\d+\])*\[competition\]\[equals\]$/

/** Saved filters above the registrations list (`admin.components.beforeListTable`). */
export function RegistrationFilters() {
  const { i18n } = useTranslation()
  const words = reviewWords(i18n.language)
  const { config } = useConfig()
  const router = useRouter()
  const searchParams = useSearchParams()
  const [institution, setInstitution] = useState('')
  const competition = [...searchParams.entries()].find(([key]) => COMPETITION_PARAM.test(key))?.[1] ?? null
  const list = `${config.routes.admin}/collections/registrations`
  const href = (conditions: Condition[]) => `${list}?${listWhereQuery(conditions, competition)}`

  const filters: { conditions: Condition[]; label: string; name: string }[] = [
    { conditions: [{ status: { equals: 'pending' } }], label: words.filterWaiting, name: 'waiting' },
    { conditions: [{ status: { equals: 'needs-revision' } }], label: words.filterNeedsRevision, name: 'needs-revision' },
    {
      conditions: [{ status: { equals: 'verified' } }, { hasSubmitted: { not_equals: 'true' } }],
      label: words.filterVerifiedWithoutSubmission,
      name: 'verified-without-submission',
    },
  ]

  const byInstitution = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (institution.trim()) router.push(href([{ institution: { like: institution.trim() } }]))
  }

  return (
    <nav aria-label={words.filtersHeading} style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 12 }}>
      <strong>{words.filtersHeading}:</strong>
      {filters.map((filter) => (
        <Link data-filter={filter.name} href={href(filter.conditions)} key={filter.name}>
          {filter.label}
        </Link>
      ))}
      <form onSubmit={byInstitution} role="search" style={{ alignItems: 'center', display: 'flex', gap: 6 }}>
        <label htmlFor="filter-institution">{words.filterByInstitution}</label>
        <input id="filter-institution" onChange={(event) => setInstitution(event.target.value)} type="search" value={institution} />
        <button className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} type="submit">
          {words.filterInstitutionApply}
        </button>
      </form>
    </nav>
  )
}
