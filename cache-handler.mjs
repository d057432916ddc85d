// @ts-check
/**
 * Next.js's incremental cache (ISR pages, route handlers, `unstable_cache` data) for several
 * instances: with REDIS_URL set, entries and tag invalidations live in Redis, so a
 * `revalidateTag` on one instance (a committee edit) refreshes every instance's pages. Without
 * REDIS_URL it is Next's own file-system cache with its usual 50 MB memory layer, as before.
 * Decided when the server starts, not at build time: one image serves both.
 *
 * - Entries: `contestkit:next:<build id>:<key>`, JSON with Buffers and Maps encoded; a new build
 *   never reads an older build's pages. They expire with the page's `expire` (else after a week).
 * - Tags: two hashes (`…:tags:stale`, `…:tags:expired`) of tag → time in ms, shared by all builds.
 *   An entry whose tag was marked stale or expired after the entry was written is a miss, so
 *   the next request renders afresh (stricter than Next's stale-while-revalidate: a committee
 *   edit is never answered with the old page by a later request).
 * - Redis unreachable (src/shared/redis.mjs): reads miss and pages render; writes are dropped;
 *   invalidations are kept in memory and sent once Redis answers again.
 * - Every revalidation also empties this process's page memory (src/http/pageMemory.mjs), before
 *   and after the cache itself is updated: an answer read in between is not kept.
 * - Clocks: entries and invalidations carry the writing instance's clock, so the instances'
 *   clocks must agree (NTP) to within the time a render takes.
 */
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { Buffer } from 'node:buffer'
import fs from 'node:fs'
import path from 'node:path'

import { forgetPages } from './src/http/pageMemory.mjs'
import { redisConfigured, withRedis } from './src/shared/redis.mjs'

const FileSystemCache = /** @type {any} */ (fileSystemCacheModule).default ?? fileSystemCacheModule
const PREFIX = 'contestkit:next'
const STALE = `${PREFIX}:tags:stale`
const EXPIRED = `${PREFIX}:tags:expired`
const WEEK_SECONDS = 7 * 24 * 3600
// Next's default memory layer for its file-system cache (cacheMaxMemorySize is 0 in
// next.config.mjs so that no instance keeps its own copy of what Redis holds).
const DEFAULT_MEMORY_BYTES = 50 * 1024 * 1024

/** JSON that keeps Buffers (RSC payloads, route bodies) and Maps (segment data). */
const encode = (/** @type {unknown} */ value) =>
  JSON.stringify(value, function (key, encoded) {
    const raw = this[key]
    if (raw instanceof Uint8Array) return { $buffer: Buffer.from(raw).toString('base64') }
    if (raw instanceof Map) return { $map: [...raw.entries()] }
    return encoded
  })
const decode = (/** @type {string} */ text) =>
  JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
    if (value && typeof value === 'object' && Array.isArray(value.$map)) return new Map(value.$map)
    return value
  })

/** The tags an entry answers to: a page's from its cache-tags header, data's from the request. */
const tagsOf = (/** @type {any} */ entry, /** @type {any} */ ctx) => {
  const header = entry.value?.headers?.['x-next-cache-tags']
  return [...(typeof header === 'string' ? header.split(',') : []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
}

/** Invalidations that could not reach Redis yet, sent with the next command that can. @type {Map<string, {expired?: number, stale?: number}>} */
const pending = new Map()

const sendPending = async () => {
  if (pending.size === 0) return
  const sent = await withRedis(async (redis) => {
    const multi = redis.multi()
    for (const [tag, { expired, stale }] of pending) {
      if (stale !== undefined) multi.hSet(STALE, tag, String(stale))
      if (expired !== undefined) multi.hSet(EXPIRED, tag, String(expired))
    }
    await multi.exec()
    return true
  }, false)
  if (sent) pending.clear()
}

class RedisCacheHandler {
  /** @param {any} ctx */
  constructor(ctx) {
    this.revalidatedTags = ctx.revalidatedTags ?? []
    this.buildId = readBuildId(ctx.serverDistDir)
  }

  /** @param {string} key */
  entryKey(key) {
    return `${PREFIX}:${this.buildId}:${key}`
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    await sendPending()
    const found = await withRedis(async (redis) => {
      const text = await redis.get(this.entryKey(key))
      if (!text) return null
      const entry = decode(text)
      const tags = tagsOf(entry, ctx)
      if (tags.length === 0) return entry
      if (tags.some((tag) => this.revalidatedTags.includes(tag))) return null
      const [stale, expired] = await Promise.all([redis.hmGet(STALE, tags), redis.hmGet(EXPIRED, tags)])
      const now = Date.now()
      const invalidated = tags.some(
        (_tag, i) =>
          Number(stale[i] ?? 0) > entry.lastModified || (Number(expired[i] ?? 0) > entry.lastModified && Number(expired[i]) <= now),
      )
      return invalidated ? null : entry
    }, null)
    return found
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const expire = ctx?.cacheControl?.expire
    const seconds = typeof expire === 'number' && expire > 0 ? Math.min(Math.ceil(expire), WEEK_SECONDS) : WEEK_SECONDS
    const entry = { cacheControl: ctx?.cacheControl, lastModified: Date.now(), value: data }
    if (data?.kind === 'FETCH' && ctx?.tags) entry.value = { ...data, tags: ctx.tags }
    await withRedis((redis) => redis.set(this.entryKey(key), encode(entry), { EX: seconds }), null)
  }

  /** Marks tags stale (and expired when `durations.expire` says when) as Next's own cache does. @param {string | string[]} tags @param {{expire?: number}} [durations] */
  async revalidateTag(tags, durations) {
    forgetPages()
    const now = Date.now()
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      const marks = durations
        ? { expired: durations.expire === undefined ? undefined : now + durations.expire * 1000, stale: now }
        : { expired: now, stale: undefined }
      pending.set(tag, { ...pending.get(tag), ...Object.fromEntries(Object.entries(marks).filter(([, v]) => v !== undefined)) })
    }
    await sendPending()
    forgetPages()
  }

  resetRequestCache() {}
}

/** Build ids read so far, by build folder. @type {Map<string, string>} */
const buildIds = new Map()

/**
 * The build's id, so that a new deployment never serves an older build's pages. Read once per
 * process: Next makes a new handler for every request, and a running server's build never changes.
 * @param {string | undefined} serverDistDir
 */
const readBuildId = (serverDistDir) => {
  const file = path.join(serverDistDir ?? '.next/server', '..', 'BUILD_ID')
  let id = buildIds.get(file)
  if (id === undefined) {
    try {
      id = fs.readFileSync(file, 'utf8').trim()
    } catch {
      id = 'development'
    }
    buildIds.set(file, id)
  }
  return id
}

/** Next's file-system cache, with the memory layer it has by default. */
class LocalCacheHandler extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super({ ...ctx, maxMemoryCacheSize: ctx.maxMemoryCacheSize || DEFAULT_MEMORY_BYTES })
  }

  /** @param {string | string[]} tags @param {{expire?: number}} [durations] */
  async revalidateTag(tags, durations) {
    forgetPages()
    await super.revalidateTag(tags, durations)
    forgetPages()
  }
}

/** The class Next instantiates, chosen by REDIS_URL when the server starts. */
export default class CacheHandler {
  /** @param {any} ctx */
  constructor(ctx) {
    return redisConfigured() ? new RedisCacheHandler(ctx) : new LocalCacheHandler(ctx)
  }
}
