import type { UIFieldServerProps } from 'payload'

import React from 'react'

import type { AuditEvent } from '../../payload-types'

import { isCommittee } from '../../../access/roles'
import { AUDIT_EVENTS } from '../../audit/recordAuditEvent'
import { sameAuditValue } from '../../domain/audit'
import { ACCOUNT_FIELDS, auditTrailWords, type AuditTrailWords, describeAuditValue } from '../../i18n/auditTrail'
import { idOf } from '../../shared/idOf'

/** Events shown; the rest stay one click away in the audit-events list. */
const SHOWN = 50

type Values = Record<string, unknown>

const valuesOf = (value: unknown): Values => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Values) : {})

/**
 * A registration's history in its edit view (a `ui` field in the sidebar): newest first, when,
 * who, what and from what to what, read from the audit trail as the logged-in user (so only the
 * committee sees it, as only the committee reads audit events).
 */
export async function RegistrationTimeline({ id, req }: UIFieldServerProps) {
  const words = auditTrailWords(req.i18n.language)
  if (!isCommittee(req.user)) return null
  if (!id) return <Frame words={words}>{words.notSaved}</Frame>

  const found = await req.payload
    .find({
      collection: AUDIT_EVENTS,
      depth: 0,
      limit: SHOWN,
      overrideAccess: false,
      req,
      sort: '-createdAt',
      user: req.user,
      where: { and: [{ collectionSlug: { equals: 'registrations' } }, { documentId: { equals: String(id) } }] },
    })
    .catch(() => null)
  if (!found) return null
  const events = found.docs as AuditEvent[]
  const names = await accountNames(req, events)
  const list = `${req.payload.config.routes.admin}/collections/${AUDIT_EVENTS}?where[documentId][equals]=${encodeURIComponent(String(id))}`

  return (
    <Frame words={words}>
      {events.length === 0 ? (
        <p style={{ margin: 0 }}>{words.empty}</p>
      ) : (
        <ol data-testid="registration-timeline" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {events.map((event) => (
            <Entry event={event} key={event.id} names={names} words={words} />
          ))}
        </ol>
      )}
      <p style={{ color: 'var(--theme-elevation-500)', fontSize: 12, marginBottom: 0 }}>
        {found.totalDocs > events.length ? `${words.shown(events.length, found.totalDocs)} ` : null}
        <a href={list}>{words.allEvents}</a>
      </p>
    </Frame>
  )
}

function Frame({ children, words }: { children: React.ReactNode; words: AuditTrailWords }) {
  return (
    <section aria-label={words.history} style={{ marginBottom: 24 }}>
      <h4 style={{ marginBottom: 8 }}>{words.history}</h4>
      {children}
    </section>
  )
}

function Entry({ event, names, words }: { event: AuditEvent; names: ReadonlyMap<string, string>; words: AuditTrailWords }) {
  const before = valuesOf(event.before)
  const after = valuesOf(event.after)
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const who =
    event.actorName ?? event.actorEmail ?? (idOf(event.actor) ? names.get(idOf(event.actor) as string) : undefined) ?? words.server
  const when = new Date(event.createdAt).toLocaleString(words.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' })
  const show = (field: string, value: unknown) => describeAuditValue(field, value, words, names)

  return (
    <li
      data-action={event.action}
      style={{ borderLeft: '2px solid var(--theme-elevation-150)', fontSize: 13, marginBottom: 12, paddingLeft: 10, position: 'relative' }}
    >
      <div style={{ color: 'var(--theme-elevation-500)', fontSize: 12 }}>
        <time dateTime={event.createdAt}>{when} WIB</time> · {who}
        {event.actorRole ? ` (${words.roles[event.actorRole] ?? event.actorRole})` : null}
      </div>
      <strong>{words.actions[event.action] ?? event.action}</strong>
      {fields.length > 0 ? (
        <ul style={{ margin: '4px 0 0', paddingLeft: 16 }}>
          {fields.map((field) => {
            const label = words.fields[field] ?? field
            const hadBefore = field in before
            const hasAfter = field in after
            // Context that did not change (the reviewer of an earlier decision) is not news here.
            if (hadBefore && hasAfter && sameAuditValue(before[field], after[field])) return null
            if (hadBefore && hasAfter) {
              return (
                <li key={field}>
                  {label}: <del>{show(field, before[field])}</del> →{' '}
                  <ins style={{ textDecoration: 'none' }}>{show(field, after[field])}</ins>
                </li>
              )
            }
            return (
              <li key={field}>
                {label}: {show(field, hasAfter ? after[field] : before[field])}
              </li>
            )
          })}
        </ul>
      ) : null}
    </li>
  )
}

/** Names of the accounts an event mentions (a reviewer, a member's account), where they still exist. */
async function accountNames(req: UIFieldServerProps['req'], events: AuditEvent[]): Promise<Map<string, string>> {
  const ids = new Set<string>()
  for (const event of events) {
    for (const values of [valuesOf(event.before), valuesOf(event.after)]) {
      for (const field of ACCOUNT_FIELDS) if (typeof values[field] === 'string') ids.add(values[field] as string)
    }
  }
  if (ids.size === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: ids.size,
    overrideAccess: false,
    pagination: false,
    req,
    select: { name: true },
    user: req.user,
    where: { id: { in: [...ids] } },
  })
  return new Map(docs.map((user) => [String(user.id), user.name]))
}
