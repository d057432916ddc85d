import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

import type { CompetitionStats } from '../../src/stats/competitionStats'

import CacheHandler from '../../cache-handler.mjs'
import { redisReady } from '../../src/shared/redis.mjs'

/**
 * The shared cache (cache-handler.mjs, src/stats/statsCache.ts) against the Redis the machine
 * runs (TEST_REDIS_URL, default redis://127.0.0.1:6379; .ci/run has one). Two handlers stand
 * for two servers: whatever one writes or invalidates, the other sees, because it is in Redis.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const reachable = await new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(REDIS_URL)
  const socket = net.connect(Number(port || 6379), hostname, () => (socket.destroy(), resolve(true)))
  socket.on('error', () => resolve(false))
})
if (!reachable) console.warn(`Shared cache tests skipped: no Redis at ${REDIS_URL}.`)

const previousUrl = process.env.REDIS_URL
afterAll(() => {
  if (previousUrl === undefined) delete process.env.REDIS_URL
  else process.env.REDIS_URL = previousUrl
})

const connected = async (url: string) => {
  process.env.REDIS_URL = url
  await vi.waitFor(async () => expect(await redisReady()).toBe(true), { timeout: 5000 })
}

// What Next calls (CacheHandler in next/dist/server/lib/incremental-cache); the class hands back the handler it picks.
type Handler = {
  get: (key: string, ctx: object) => Promise<any>
  revalidateTag: (tags: string | string[], durations?: { expire?: number }) => Promise<void>
  set: (key: string, data: unknown, ctx: object) => Promise<void>
}
const newHandler = () => new CacheHandler({ revalidatedTags: [], serverDistDir: '/nonexistent/.next/server' }) as unknown as Handler
const tag = `t-${Math.random().toString(36).slice(2)}`

it("reads the build's id once, though Next makes a handler for every request", () => {
  const build = fs.mkdtempSync(path.join(os.tmpdir(), 'contestkit-build-'))
  fs.mkdirSync(path.join(build, 'server'))
  fs.writeFileSync(path.join(build, 'BUILD_ID'), 'build-1\n')
  process.env.REDIS_URL = REDIS_URL
  const reads = vi.spyOn(fs, 'readFileSync')
  try {
    const handlers = [1, 2, 3].map(() => new CacheHandler({ revalidatedTags: [], serverDistDir: path.join(build, 'server') }) as any)
    expect(handlers.map((handler) => handler.entryKey('/id'))).toEqual(Array(3).fill('contestkit:next:build-1:/id'))
    expect(reads.mock.calls.filter(([file]) => String(file).endsWith('BUILD_ID'))).toHaveLength(1)
  } finally {
    reads.mockRestore()
    fs.rmSync(build, { force: true, recursive: true })
  }
})

describe.runIf(reachable)('the shared cache on Redis', () => {
  it('shares data and pages between servers, and an invalidation on one refreshes the other', async () => {
    await connected(REDIS_URL)
    const one = newHandler()
    const other = newHandler()
    const key = `data-${tag}`
    await one.set(
      key,
      { data: { body: 'old', headers: {}, status: 200, url: '' }, kind: 'FETCH', revalidate: 3600 },
      { fetchCache: true, tags: [tag] },
    )
    expect((await other.get(key, { kind: 'FETCH', tags: [tag] }))?.value.data.body).toBe('old')

    const page = `page-${tag}`
    await one.set(
      page,
      {
        headers: { 'x-next-cache-tags': tag },
        html: '<p>old</p>',
        kind: 'APP_PAGE',
        rscData: Buffer.from('rsc'),
        segmentData: new Map([['/s', Buffer.from('seg')]]),
      },
      { cacheControl: { expire: 3600, revalidate: 3600 } },
    )
    const cached = await other.get(page, { kind: 'APP_PAGE' })
    // Buffers and Maps survive the trip through JSON.
    expect(cached?.value.rscData.toString()).toBe('rsc')
    expect(cached?.value.segmentData.get('/s').toString()).toBe('seg')

    // What a committee edit does (revalidateTag(tag, { expire: 0 })), on the first server.
    await new Promise((resolve) => setTimeout(resolve, 5))
    await one.revalidateTag(tag, { expire: 0 })
    expect(await other.get(key, { kind: 'FETCH', tags: [tag] })).toBeNull()
    expect(await other.get(page, { kind: 'APP_PAGE' })).toBeNull()

    // Written again after the invalidation: served again.
    await other.set(
      key,
      { data: { body: 'new', headers: {}, status: 200, url: '' }, kind: 'FETCH', revalidate: 3600 },
      { fetchCache: true, tags: [tag] },
    )
    expect((await one.get(key, { kind: 'FETCH', tags: [tag] }))?.value.data.body).toBe('new')
  })

  it('shares the overview numbers: computed once for all servers, forgotten for all by a write', async () => {
    await connected(REDIS_URL)
    const { forgetStats, rememberedStats } = await import('../../src/stats/statsCache')
    const id = `competition-${tag}`
    let computed = 0
    const compute = async () => ({ computed: ++computed }) as unknown as CompetitionStats
    await forgetStats(id)
    expect(await rememberedStats(id, compute)).toEqual({ computed: 1 })
    expect(await rememberedStats(id, compute)).toEqual({ computed: 1 })
    await forgetStats(id)
    expect(await rememberedStats(id, compute)).toEqual({ computed: 2 })
  })
})

describe('Redis unreachable', () => {
  it('serves without the cache: reads miss, writes and invalidations do not fail, numbers are computed', async () => {
    // A port nothing listens on.
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo
        server.close(() => resolve(port))
      })
    })
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const handler = newHandler()
    await handler.set(
      'k',
      { data: { body: 'x', headers: {}, status: 200, url: '' }, kind: 'FETCH', revalidate: 60 },
      { fetchCache: true, tags: [tag] },
    )
    expect(await handler.get('k', { kind: 'FETCH', tags: [tag] })).toBeNull()
    await expect(handler.revalidateTag(tag, { expire: 0 })).resolves.toBeUndefined()

    const { rememberedStats } = await import('../../src/stats/statsCache')
    let computed = 0
    const compute = async () => ({ computed: ++computed }) as unknown as CompetitionStats
    expect(await rememberedStats('down', compute)).toEqual({ computed: 1 })
    warn.mockRestore()
  })
})
