import type { CompetitionStats } from './competitionStats'

import { redisConfigured, withRedis } from '../shared/redis.mjs'

/**
 * A short memory of each competition's numbers (`GET /api/competitions/:id/stats`
 * and the admin overview). A committee's overview is opened and refreshed by several people
 * while few registrations arrive; computing it takes tens of milliseconds of database time at
 * 20,000 registrations, far more on a busy machine, so one computation answers everyone for a
 * few seconds.
 *
 * - Writes through this instance (registrations, submissions, scores, conflicts, the
 *   competition itself) forget the competition's numbers at once (hooks/shared/forgetCompetitionStats.ts).
 * - What it costs: numbers may lag by up to STATS_CACHE_SECONDS (default 5) after a write made
 *   on another instance or straight into the database, or one that commits just after a
 *   request read the old rows. Memory: one small object per competition viewed. Concurrent
 *   requests for the same competition share one computation.
 * - STATS_CACHE_SECONDS=0 turns it off (the benchmark measures both).
 * - With REDIS_URL set the memory is in Redis, one for all instances: a write on any instance
 *   forgets the numbers everywhere. Without Redis (or while it is unreachable) each instance
 *   keeps its own, with the lag above.
 */
const DEFAULT_SECONDS = 5

const ttlMs = (): number => {
  const given = Number(process.env.STATS_CACHE_SECONDS ?? DEFAULT_SECONDS)
  return Number.isFinite(given) && given >= 0 ? given * 1000 : DEFAULT_SECONDS * 1000
}

type Entry = { expires: number; stats: Promise<CompetitionStats> }
/**
 * One map per process, kept on globalThis: Next's production build gives the admin pages and the
 * API routes their own copies of this module, so a module-level map let an API write forget the
 * numbers in the API's copy while the admin overview kept showing the old ones (the committee
 * browser test caught it: verified 0 right after verifying seven).
 */
const SHARED = Symbol.for('contestkit.statsCache')
const shared = globalThis as typeof globalThis & { [SHARED]?: Map<string, Entry> }
const entries: Map<string, Entry> = (shared[SHARED] ??= new Map<string, Entry>())

const redisKey = (competitionId: string) => `contestkit:stats:${competitionId}`

/** The competition's numbers from memory while fresh, otherwise from `compute` (then remembered). */
export const rememberedStats = (competitionId: string, compute: () => Promise<CompetitionStats>): Promise<CompetitionStats> => {
  const ttl = ttlMs()
  if (ttl === 0) return compute()
  return redisConfigured() ? sharedStats(competitionId, compute, ttl) : localStats(competitionId, compute, ttl)
}

const sharedStats = async (competitionId: string, compute: () => Promise<CompetitionStats>, ttl: number): Promise<CompetitionStats> => {
  const remembered = await withRedis((redis) => redis.get(redisKey(competitionId)), null)
  if (remembered) return JSON.parse(remembered) as CompetitionStats
  // Concurrent requests on this instance share one computation; nothing is kept here after it,
  // since a write on another instance forgets only what Redis holds.
  let running = computing.get(competitionId)
  if (!running) {
    running = compute().finally(() => computing.delete(competitionId))
    computing.set(competitionId, running)
  }
  const stats = await running
  await withRedis((redis) => redis.set(redisKey(competitionId), JSON.stringify(stats), { PX: ttl }), null)
  return stats
}
const computing = new Map<string, Promise<CompetitionStats>>()

const localStats = (competitionId: string, compute: () => Promise<CompetitionStats>, ttl: number): Promise<CompetitionStats> => {
  const now = Date.now()
  const entry = entries.get(competitionId)
  if (entry && entry.expires > now) return entry.stats
  const stats = compute()
  const fresh = { expires: now + ttl, stats }
  entries.set(competitionId, fresh)
  // A failed computation is not remembered: the next request tries again.
  stats.catch(() => {
    if (entries.get(competitionId) === fresh) entries.delete(competitionId)
  })
  return stats
}

/** Forgets one competition's numbers, or every competition's when the competition is not known. */
export const forgetStats = async (competitionId?: null | string): Promise<void> => {
  if (competitionId) entries.delete(competitionId)
  else entries.clear()
  if (!redisConfigured()) return
  await withRedis(async (redis) => {
    if (competitionId) await redis.del(redisKey(competitionId))
    else for await (const keys of redis.scanIterator({ COUNT: 500, MATCH: redisKey('*') })) if (keys.length) await redis.del(keys)
  }, undefined)
}
