// @ts-check
/**
 * The one Redis connection of a process, when REDIS_URL is set: the shared page/data cache
 * (cache-handler.mjs) and the stats cache (src/stats/statsCache.ts) use it so that several
 * instances agree. Plain JavaScript because Next.js loads the cache handler with Node's own
 * import, outside its bundles; the TypeScript code imports it too.
 *
 * Redis is a cache here, never the truth: every use goes through `withRedis`, which answers
 * the caller's fallback when Redis is not configured, not connected, slow or failing. A Redis
 * outage therefore makes pages render afresh and numbers be recomputed; it never fails a
 * request. Failures are logged, at most once per LOG_EVERY_MS, so an outage does not flood the log.
 */
/** A command slower than this is given up: a hung Redis must not hold up a page. */
const COMMAND_TIMEOUT_MS = 500
const LOG_EVERY_MS = 30_000

/** @typedef {ReturnType<typeof import('redis')['createClient']>} Redis */

/**
 * One client per process, kept on globalThis: Next's production build gives the API routes,
 * the pages and the cache handler their own copies of this module.
 */
const holder = /** @type {Record<symbol, any>} */ (/** @type {unknown} */ (globalThis))
/** @type {{ client?: Promise<Redis>, lastLogged: number, url?: string }} */
const state = (holder[Symbol.for('contestkit.redis')] ??= { lastLogged: 0 })

/** Logs a Redis problem, at most once per LOG_EVERY_MS. @param {string} message @param {unknown} error */
const logProblem = (message, error) => {
  const now = Date.now()
  if (now - state.lastLogged < LOG_EVERY_MS) return
  state.lastLogged = now
  console.warn(`${message} (${error instanceof Error ? error.message : String(error)}); serving without the shared cache meanwhile.`)
}

/** Whether REDIS_URL is set (whether the shared caches are meant to be on). */
export const redisConfigured = () => Boolean(process.env.REDIS_URL?.trim())

/**
 * The connected client, or undefined while Redis is not configured or not reachable. The
 * package is loaded only when REDIS_URL is set: a single server without Redis never pays for it.
 * @returns {Promise<Redis | undefined>}
 */
const client = async () => {
  const url = process.env.REDIS_URL?.trim()
  if (!url) return undefined
  if (state.url !== url) {
    // REDIS_URL changed (tests do): the old connection is of no use.
    void state.client?.then((old) => old.destroy())
    state.client = undefined
    state.url = url
  }
  state.client ??= import('redis').then(({ createClient }) => {
    const created = createClient({
      // Commands fail at once while disconnected instead of queueing behind the outage.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
      url,
    })
    created.on('error', (error) => logProblem(`Redis at ${url.replace(/\/\/[^@/]*@/, '//')} is unreachable`, error))
    created.connect().catch((error) => logProblem('Could not connect to Redis', error))
    return /** @type {Redis} */ (/** @type {unknown} */ (created))
  })
  // A client that could not even be made (the package failing to load) is tried again next time.
  state.client.catch(() => {
    state.client = undefined
  })
  const redis = await state.client
  return redis?.isReady ? redis : undefined
}

/**
 * `query(redis)` when Redis is configured and answering, otherwise `fallback`. Never throws:
 * an error or a command slower than COMMAND_TIMEOUT_MS is logged and answered with `fallback`.
 * @template T
 * @param {(redis: Redis) => Promise<T>} query
 * @param {T} fallback
 * @returns {Promise<T>}
 */
export const withRedis = async (query, fallback) => {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer
  try {
    const redis = await client()
    if (!redis) return fallback
    return await Promise.race([
      query(redis),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS)
      }),
    ])
  } catch (error) {
    logProblem('A Redis command failed', error)
    return fallback
  } finally {
    clearTimeout(timer)
  }
}

/** Whether the client is connected now (the first call starts connecting). */
export const redisReady = async () => Boolean(await client().catch(() => undefined))
