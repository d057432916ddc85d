import type { Payload, SanitizedConfig } from 'payload'

import crypto from 'node:crypto'
import { getPayload, headersWithCors } from 'payload'

import { collectionsStamp } from '../db/collectionsStamp'
import { readStartedAfterCall } from '../shared/readStartedAfterCall'

type RouteContext = { params: Promise<{ slug: string[] }> }
type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>

/**
 * Anonymous reads of the public competitions list (`GET /api/competitions?…`), answered from
 * memory and marked so that browsers and a CDN may keep them.
 *
 * At registration opening hundreds of visitors ask for the same list in the same minute; Payload
 * answers each by reading a dozen tables and populating posters (tens of milliseconds of CPU).
 * Every visitor without a login sees the same thing, so the first answer is kept, keyed by the
 * query string, and served until the data changes.
 *
 * Correctness:
 * - Only requests with no credentials at all (no `Authorization` header, no login cookie) are
 *   served from here; anything else — a committee member who may see drafts, a participant — goes
 *   to Payload, uncached, marked `private, no-store`. What is kept is exactly what Payload
 *   answered an anonymous request with the same query, so access rules (drafts hidden) hold.
 * - Each answer is kept with a stamp of what it was read from (count and latest `updatedAt` of
 *   competitions and of media, for the posters), read before the answer; a request whose stamp
 *   differs reads afresh. Every request waits for a stamp read that started after it arrived
 *   (one SQL statement, src/db/collectionsStamp.ts; requests arriving together share one read), so
 *   an edit, publish, unpublish or delete made through any instance (or straight in the database)
 *   is seen by every instance on its next request, with no message between them and no time
 *   bound to tune; and an answer read just before a transaction committed is never kept past it.
 *   Cost: one small statement per round trip of the database, not per request (under load
 *   dozens of requests share one); before, two Local API `find`s with counts ran per request.
 * - `forgetPublicApiReads()` (called by the competition hooks) drops everything at once: memory
 *   is freed without waiting for the next request. A shared cache (Redis) would hook in there.
 *
 * Browsers and CDNs: `ETag` (304 on `If-None-Match`), `Cache-Control: public, max-age=30,
 * stale-while-revalidate=60` (an edit reaches a CDN's visitors within that), and
 * `Vary: Origin, Authorization, Cookie` so a shared cache never hands a logged-in request, or
 * another site's CORS answer, what it kept for an anonymous one.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=60'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'
const VARY = 'Origin, Authorization, Cookie'
/** Distinct query strings kept; a visitor inventing queries only evicts the oldest. */
const MAX_ENTRIES = 200

/** `body`: the JSON as bytes, encoded once rather than on every answer. */
type Entry = { body: Uint8Array<ArrayBuffer>; etag: string; stamp: string }

/** One map per process, on globalThis: Next.js gives route handlers and pages their own copies of a module (src/stats/statsCache.ts). */
const SHARED = Symbol.for('contestkit.publicApiReads')
const shared = globalThis as typeof globalThis & { [SHARED]?: Map<string, Entry> }
const store: Map<string, Entry> = (shared[SHARED] ??= new Map<string, Entry>())
const inFlight = new Map<string, Promise<Entry | Response>>()

/** Forgets every kept answer; the competition hooks call it on every change. */
export const forgetPublicApiReads = () => {
  store.clear()
}

const isCompetitionsList = (slug: string[]) => slug.length === 1 && slug[0] === 'competitions'

/** No credential of any kind: the request would be read as an anonymous visitor's. */
const isAnonymous = (request: Request, payload: Payload) => {
  if (request.headers.has('authorization')) return false
  const cookieName = `${payload.config.cookiePrefix}-token`
  const cookies = request.headers.get('cookie') ?? ''
  return !cookies.split(';').some((cookie) => cookie.trim().startsWith(`${cookieName}=`))
}

/** The collections an anonymous answer is read from: the competitions and their posters and guidebooks. */
const STAMPED = ['competitions', 'media'] as const

const stampReaders = new WeakMap<Payload, () => Promise<string>>()

/** What an anonymous answer was read from; changes whenever a competition or a media document does (src/db/collectionsStamp.ts). */
const stampOf = (payload: Payload) => {
  let reader = stampReaders.get(payload)
  if (!reader) {
    reader = readStartedAfterCall(() => collectionsStamp(payload, STAMPED))
    stampReaders.set(payload, reader)
  }
  return reader()
}

const etagOf = (body: Uint8Array) => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`

const matches = (ifNoneMatch: null | string, etag: string) =>
  Boolean(ifNoneMatch) &&
  ifNoneMatch!.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === etag
  })

const publicAnswer = (request: Request, payload: Payload, entry: Entry) => {
  const headers = new Headers({ 'Cache-Control': PUBLIC_CACHE_CONTROL, ETag: entry.etag, Vary: VARY })
  headersWithCors({ headers, req: { headers: request.headers, payload } })
  if (matches(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { headers, status: 304 })
  headers.set('Content-Type', 'application/json')
  return new Response(entry.body, { headers, status: 200 })
}

const keep = (key: string, entry: Entry) => {
  store.delete(key)
  if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value!)
  store.set(key, entry)
}

/** Wraps Payload's REST `GET` so that anonymous reads of the competitions list come from cache. */
export const cachePublicReads =
  (config: Promise<SanitizedConfig> | SanitizedConfig, handler: RouteHandler): RouteHandler =>
  async (request, context) => {
    const { slug } = await context.params
    if (!isCompetitionsList(slug) || process.env.PUBLIC_API_CACHE === 'off') return handler(request, context)
    const payload = await getPayload({ config })
    if (!isAnonymous(request, payload)) {
      const response = await handler(request, context)
      response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
      response.headers.set('Vary', VARY)
      return response
    }
    const key = new URL(request.url).search
    const stamp = await stampOf(payload)
    const kept = store.get(key)
    if (kept?.stamp === stamp) return publicAnswer(request, payload, kept)

    // Concurrent first requests for one query (and stamp) share one read.
    const flightKey = `${stamp}\n${key}`
    let flight = inFlight.get(flightKey)
    const own = !flight
    if (!flight) {
      flight = (async () => {
        const response = await handler(request, context)
        if (response.status !== 200) return response
        const body = new Uint8Array(await response.arrayBuffer())
        const entry = { body, etag: etagOf(body), stamp }
        keep(key, entry)
        return entry
      })().finally(() => inFlight.delete(flightKey))
      inFlight.set(flightKey, flight)
    }
    const result = await flight
    // Errors are not shared: a request that waited on a failed read asks again itself.
    if (result instanceof Response) return own ? result : handler(request, context)
    return publicAnswer(request, payload, result)
  }
