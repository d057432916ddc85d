// @ts-check
/**
 * The public pages at registration-opening rush, answered from memory in front of Next.js.
 *
 * Next.js already keeps the cacheable public pages (home, competition, results) in its cache,
 * but answering one of its cached pages still runs its router, the app-page handler (route
 * params, manifests, a new incremental cache and cache handler per request), an ETag hashed
 * over the whole HTML and the HTML encoded twice: about three times the CPU of a
 * `/_next/static` file. This keeps, for a moment, the exact bytes and headers Next.js last
 * answered for such a page from its cache (`x-nextjs-cache: HIT`) and answers the next
 * identical requests with them, before Next.js's router runs.
 *
 * What keeps it right:
 * - Only a plain page request is answered: GET, no query string, none of the headers that make
 *   Next.js answer differently (RSC and prefetch requests, server actions, conditional and
 *   range requests, draft mode). Answers are kept per Accept-Encoding (Next.js compresses).
 * - Only what Next.js itself answered from its cache, with status 200 and a shared-cache
 *   `Cache-Control`, no `Set-Cookie` and no nonce in its policy, is kept: never a render, never
 *   anything personal (the cacheable pages read no cookie; the personal parts are fetched by
 *   the browser).
 * - Every revalidation Next.js applies in this process (a committee edit, a registration taking
 *   or giving back a place: cache-handler.mjs calls `forgetPages`) empties it, and an answer
 *   that was in flight when a revalidation began is not kept.
 * - An answer is kept at most PUBLIC_PAGE_MEMORY_MS (1000 ms; 0 turns this off). That bounds
 *   what it adds to Next.js's own freshness: what follows the clock (a fee wave, days left) and
 *   a revalidation made on another instance (through Redis) show at most that much later here.
 * - A server that is closing (SIGTERM) passes every request to Next.js, which ends each
 *   keep-alive connection after its response (src/lifecycle/serverShutdown.ts).
 *
 * Plain JavaScript: it runs before Next.js loads (src/http/pageMemoryPreload.mjs) and is
 * imported by cache-handler.mjs, outside the bundles.
 */
import { Buffer } from 'node:buffer'

import { isCacheablePage } from './pagePolicies.mjs'

/** Headers that make Next.js answer something other than the page's full HTML, or that ask for a conditional or partial answer. */
const PASS_THROUGH_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'if-none-match',
  'if-modified-since',
  'range',
]

/** Response headers that belong to one connection or one answer, never replayed. */
const NOT_KEPT_HEADERS = new Set(['connection', 'content-length', 'date', 'keep-alive', 'transfer-encoding'])

/** Marks an answer from memory (tests and operators can tell it from Next.js's own). */
export const ANSWERED_HEADER = 'x-page-memory'

// What it may hold, whatever a visitor sends (any Accept-Encoding is a key of its own): a public
// page is 25–60 KB; the oldest answers go first.
const MAX_ENTRIES = 500
const MAX_BODY_BYTES = 1024 * 1024
const MAX_TOTAL_BYTES = 32 * 1024 * 1024
const MAX_ACCEPT_ENCODING_LENGTH = 100
const DEFAULT_MEMORY_MS = 1000

/** @typedef {{ body: Buffer, generation: number, headers: Record<string, number | string | string[]>, keptAt: number }} Entry */
/** @typedef {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} Listener */

/**
 * The key of a request this may answer (path and Accept-Encoding), or null.
 * @param {import('node:http').IncomingMessage} request
 * @returns {string | null}
 */
export const pageKeyOf = (request) => {
  if (request.method !== 'GET') return null
  const url = request.url ?? ''
  if (url.includes('?') || !isCacheablePage(url)) return null
  const headers = request.headers
  for (const name of PASS_THROUGH_HEADERS) if (headers[name] !== undefined) return null
  // Draft mode makes Next.js render per request.
  if (headers.cookie?.includes('__prerender_bypass')) return null
  const acceptEncoding = headers['accept-encoding'] ?? ''
  if (acceptEncoding.length > MAX_ACCEPT_ENCODING_LENGTH) return null
  return `${url}\n${acceptEncoding}`
}

/**
 * Whether Next.js's answer may be kept: a page from its cache, the same for every visitor.
 * @param {number} status @param {Record<string, unknown>} headers (names in lower case)
 */
const isKeepable = (status, headers) => {
  if (status !== 200) return false
  if (headers['x-nextjs-cache'] !== 'HIT') return false
  if (headers['set-cookie'] !== undefined) return false
  if (!/^s-maxage=\d+/.test(String(headers['cache-control'] ?? ''))) return false
  return !String(headers['content-security-policy'] ?? '').includes("'nonce-")
}

/**
 * The headers a response was sent with: those set one by one, and those given to `writeHead`
 * itself (Node.js keeps the latter apart when no header had been set before).
 * @param {import('node:http').ServerResponse} response @param {unknown[]} args writeHead's arguments
 * @returns {Record<string, unknown>}
 */
const sentHeaders = (response, args) => {
  /** @type {Record<string, unknown>} */
  const headers = { ...response.getHeaders() }
  const given = args.slice(1).find((arg) => arg !== null && typeof arg === 'object' && !Array.isArray(arg))
  for (const [name, value] of Object.entries(/** @type {object} */ (given ?? {}))) headers[name.toLowerCase()] = value
  return headers
}

/** @param {unknown} chunk @param {unknown} encoding */
const toBuffer = (chunk, encoding) => {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  return null
}

/**
 * One page memory. `now` is the clock (tests pass their own).
 * @param {{ memoryMs?: number, now?: () => number }} [options]
 */
export const createPageMemory = ({ memoryMs = DEFAULT_MEMORY_MS, now = Date.now } = {}) => {
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  let generation = 0
  let totalBytes = 0
  // How many requests it answered itself (tests read it).
  const counts = { answered: 0 }

  /** Forgets every kept answer, and any answer in flight (a revalidation is being applied). */
  const forget = () => {
    generation++
    entries.clear()
    totalBytes = 0
  }

  /** @param {string} key */
  const drop = (key) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    totalBytes -= entry.body.length
  }

  /** @param {string} key @param {Entry} entry */
  const keep = (key, entry) => {
    drop(key)
    entries.set(key, entry)
    totalBytes += entry.body.length
    // The oldest first: Map keeps insertion order.
    while (entries.size > MAX_ENTRIES || totalBytes > MAX_TOTAL_BYTES) drop(/** @type {string} */ (entries.keys().next().value))
  }

  /**
   * Collects what Next.js writes for this request, and keeps it once the response is done if it
   * may be kept and nothing was revalidated meanwhile.
   * @param {string} key @param {import('node:http').ServerResponse} response
   */
  const record = (key, response) => {
    const startedAt = now()
    const startedIn = generation
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    let tooLarge = false
    /** @type {Record<string, unknown> | null} */
    let headers = null
    const collect = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
      const buffer = toBuffer(chunk, encoding)
      if (!buffer || tooLarge) return
      size += buffer.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(buffer)
    }
    // The headers as sent (after Next.js and its compression set them), before the body.
    const writeHead = response.writeHead
    response.writeHead = /** @type {any} */ (
      function (/** @type {any[]} */ ...args) {
        headers = sentHeaders(response, args)
        return writeHead.apply(response, /** @type {any} */ (args))
      }
    )
    const write = response.write
    response.write = /** @type {any} */ (
      function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {any[]} */ ...rest) {
        collect(chunk, encoding)
        return write.call(response, /** @type {any} */ (chunk), /** @type {any} */ (encoding), ...rest)
      }
    )
    const end = response.end
    response.end = /** @type {any} */ (
      function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {any[]} */ ...rest) {
        collect(chunk, encoding)
        return end.call(response, /** @type {any} */ (chunk), /** @type {any} */ (encoding), ...rest)
      }
    )
    response.once('finish', () => {
      const sent = headers ?? sentHeaders(response, [])
      if (tooLarge || generation !== startedIn || !isKeepable(response.statusCode, sent)) return
      /** @type {Record<string, number | string | string[]>} */
      const kept = {}
      for (const [name, value] of Object.entries(sent))
        if (!NOT_KEPT_HEADERS.has(name) && (typeof value === 'string' || typeof value === 'number' || Array.isArray(value)))
          kept[name] = value
      keep(key, { body: Buffer.concat(chunks), generation: startedIn, headers: kept, keptAt: startedAt })
    })
  }

  /**
   * A request listener answering kept pages itself and passing everything else to `next`.
   * @param {Listener} next
   * @returns {Listener}
   */
  const listener = (next) =>
    /**
     * @this {import('node:http').Server | undefined} the HTTP server: once it is closing, Next.js handles every request.
     * @param {import('node:http').IncomingMessage} request
     * @param {import('node:http').ServerResponse} response
     */
    function answerFromPageMemory(request, response) {
      const key = memoryMs > 0 && this?.listening !== false ? pageKeyOf(request) : null
      if (key === null) return next.call(this, request, response)
      const entry = entries.get(key)
      if (entry && entry.generation === generation && now() - entry.keptAt < memoryMs) {
        counts.answered++
        response.writeHead(200, { ...entry.headers, 'content-length': entry.body.length, [ANSWERED_HEADER]: 'hit' })
        response.end(entry.body)
        return
      }
      if (entry) drop(key)
      record(key, response)
      return next.call(this, request, response)
    }

  return { bytes: () => totalBytes, counts, forget, listener, size: () => entries.size }
}

const MEMORY = Symbol.for('contestkit.pageMemory')

const configuredMemoryMs = () => {
  const given = process.env.PUBLIC_PAGE_MEMORY_MS
  if (given === undefined || given === '') return DEFAULT_MEMORY_MS
  const ms = Number(given)
  return Number.isFinite(ms) && ms >= 0 ? ms : DEFAULT_MEMORY_MS
}

/**
 * The process's page memory, one for the whole process however many times this file is loaded
 * (the preload and the cache handler may load it by different paths).
 * @returns {ReturnType<typeof createPageMemory>}
 */
export const processPageMemory = () => {
  const global = /** @type {Record<symbol, ReturnType<typeof createPageMemory> | undefined>} */ (/** @type {unknown} */ (globalThis))
  return (global[MEMORY] ??= createPageMemory({ memoryMs: configuredMemoryMs() }))
}

/** Called for every revalidation Next.js applies in this process (cache-handler.mjs). */
export const forgetPages = () => processPageMemory().forget()
