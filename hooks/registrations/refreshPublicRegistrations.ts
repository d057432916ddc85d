import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { registrationsTag } from '../../src/shared/cacheTags'
import { idOf } from '../../src/shared/idOf'
import { refreshPublicCache } from '../shared/refreshPublicCache'

/**
 * What the cached public pages show of registrations: places held (by status) on the home and
 * competition pages, and verified teams' names, institutions, progress and placings on the
 * results page. A change to any of these refreshes the competition's pages.
 */
const PUBLIC_FIELDS = ['status', 'teamName', 'institution', 'placing', 'progress'] as const

const competitionOf = (registration: Partial<Registration>) => idOf(registration.competition)

const changesPublicPages = (doc: Registration, previousDoc: Partial<Registration>) =>
  competitionOf(doc) !== competitionOf(previousDoc) ||
  PUBLIC_FIELDS.some((field) => JSON.stringify(doc[field] ?? null) !== JSON.stringify(previousDoc[field] ?? null))

/**
 * A registration that takes or gives back a place (created, withdrawn, rejected, deleted, promoted
 * from the waitlist) or changes the results refreshes its competition's cached pages, so "places
 * left" is never stale. Edits that change none of it (documents, members) refresh nothing.
 */
export const refreshPublicRegistrationsAfterChange: CollectionAfterChangeHook<Registration> = async ({ doc, operation, previousDoc }) => {
  if (operation === 'create' || changesPublicPages(doc, previousDoc ?? {})) {
    // Both competitions when a registration moved (only the committee can move one).
    const competitions = new Set([competitionOf(doc), competitionOf(previousDoc ?? {})].filter((id) => id !== undefined))
    await refreshPublicCache([...competitions].map(registrationsTag))
  }
  return doc
}

export const refreshPublicRegistrationsAfterDelete: CollectionAfterDeleteHook<Registration> = async ({ doc }) => {
  const competition = competitionOf(doc)
  if (competition !== undefined) await refreshPublicCache([registrationsTag(competition)])
  return doc
}
