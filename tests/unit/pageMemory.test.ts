import type { AddressInfo } from 'node:net'

import http from 'node:http'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'

import { ANSWERED_HEADER, createPageMemory, pageKeyOf } from '../../src/http/pageMemory.mjs'

/**
 * The page memory in front of Next.js (src/http/pageMemory.mjs), on a real HTTP server whose
 * "Next.js" is a listener answering like Next.js does for a page in its cache: what reaches it,
 * what is answered without it, and what is never kept.
 */
type NextLike = {
  cache?: string
  cacheControl?: string
  delayMs?: number
  extraHeaders?: Record<string, string>
  status?: number
}

let server: http.Server | undefined
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
})

const start = async (options: { memoryMs?: number; now?: () => number } = {}, next: NextLike = {}) => {
  const memory = createPageMemory(options)
  let reachedNext = 0
  let rendered = 0
  const nextListener = (request: http.IncomingMessage, response: http.ServerResponse) => {
    reachedNext++
    const body = `<html>page ${request.url} render ${++rendered}</html>`
    const answer = () => {
      response.statusCode = next.status ?? 200
      response.setHeader('Cache-Control', next.cacheControl ?? 's-maxage=60, stale-while-revalidate=31535940')
      response.setHeader('x-nextjs-cache', next.cache ?? 'HIT')
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.setHeader('ETag', `"e${rendered}"`)
      response.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding')
      for (const [name, value] of Object.entries(next.extraHeaders ?? {})) response.setHeader(name, value)
      if (/gzip/.test(String(request.headers['accept-encoding']))) {
        response.setHeader('Content-Encoding', 'gzip')
        response.end(zlib.gzipSync(body))
      } else {
        // Written in two parts, as a stream would be.
        response.setHeader('Content-Length', Buffer.byteLength(body))
        response.write(body.slice(0, 10))
        response.end(body.slice(10))
      }
    }
    if (next.delayMs) setTimeout(answer, next.delayMs)
    else answer()
  }
  server = http.createServer(memory.listener(nextListener))
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // node:http, not fetch: fetch would ask for gzip on every request and undo it.
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ body: string; headers: Headers; raw: Buffer; status: number }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            const raw = Buffer.concat(chunks)
            const body = (response.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8')
            const all = new Headers()
            for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') all.set(name, value)
            resolve({ body, headers: all, raw, status: response.statusCode ?? 0 })
          })
        })
        .on('error', reject)
    })
  return { get, memory, reachedNext: () => reachedNext }
}

describe('the page memory in front of Next.js', () => {
  it('answers a repeated page request with the bytes and headers Next.js gave, without reaching Next.js', async () => {
    const site = await start()
    const first = await site.get('/id/competitions/cup')
    const second = await site.get('/id/competitions/cup')
    expect(site.reachedNext()).toBe(1)
    expect(second.status).toBe(200)
    expect(second.body).toBe(first.body)
    expect(second.body).toBe('<html>page /id/competitions/cup render 1</html>')
    for (const name of ['cache-control', 'content-type', 'etag', 'vary', 'x-nextjs-cache', 'content-length'])
      expect(second.headers.get(name), name).toBe(first.headers.get(name))
    expect(first.headers.get(ANSWERED_HEADER)).toBeNull()
    expect(second.headers.get(ANSWERED_HEADER)).toBe('hit')
    expect(second.headers.get('date')).toBeTruthy()
  })

  it('keeps headers given to writeHead itself, which Node.js keeps apart from those set one by one', async () => {
    const memory = createPageMemory()
    let reachedNext = 0
    server = http.createServer(
      memory.listener((_request, response) => {
        reachedNext++
        response.writeHead(200, {
          'Cache-Control': 's-maxage=60',
          'Content-Type': 'text/html; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
          'x-nextjs-cache': 'HIT',
        })
        response.end('<html>written at once</html>')
      }),
    )
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/en`
    const first = await fetch(url)
    await first.text()
    const second = await fetch(url)
    expect(await second.text()).toBe('<html>written at once</html>')
    expect(reachedNext).toBe(1)
    expect(second.headers.get('x-page-memory')).toBe('hit')
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')
    expect(second.headers.get('cache-control')).toBe('s-maxage=60')
  })

  it('keeps a compressed answer apart from a plain one', async () => {
    const site = await start()
    const plain = await site.get('/en')
    const plainAgain = await site.get('/en')
    const compressed = await site.get('/en', { 'accept-encoding': 'gzip' })
    const compressedAgain = await site.get('/en', { 'accept-encoding': 'gzip' })
    expect(plain.body).toBe('<html>page /en render 1</html>')
    // The same page, from Next.js once for each encoding; the compressed bytes are replayed as they were.
    expect(compressed.body).toBe('<html>page /en render 2</html>')
    expect(compressedAgain.body).toBe(compressed.body)
    expect(compressedAgain.raw.equals(compressed.raw)).toBe(true)
    expect(compressedAgain.headers.get(ANSWERED_HEADER)).toBe('hit')
    expect(compressedAgain.headers.get('content-encoding')).toBe('gzip')
    expect(plainAgain.body).toBe(plain.body)
    expect(plainAgain.headers.get('content-encoding')).toBeNull()
    expect(site.reachedNext()).toBe(2)
  })

  it('forgets everything at a revalidation, and kept answers expire after memoryMs', async () => {
    let clock = 1_000
    const site = await start({ memoryMs: 1000, now: () => clock })
    await site.get('/id')
    await site.get('/id')
    expect(site.reachedNext()).toBe(1)
    site.memory.forget()
    expect((await site.get('/id')).body).toContain('render 2')
    expect((await site.get('/id')).headers.get(ANSWERED_HEADER)).toBe('hit')
    clock += 999
    expect((await site.get('/id')).headers.get(ANSWERED_HEADER)).toBe('hit')
    clock += 1
    expect((await site.get('/id')).body).toContain('render 3')
    expect(site.reachedNext()).toBe(3)
  })

  it('does not keep an answer that was in flight when a revalidation began', async () => {
    const site = await start({}, { delayMs: 150 })
    const inFlight = site.get('/id/competitions/cup')
    await new Promise((resolve) => setTimeout(resolve, 50))
    site.memory.forget()
    await inFlight
    expect(site.memory.size()).toBe(0)
    await site.get('/id/competitions/cup')
    expect(site.memory.size()).toBe(1)
    expect(site.reachedNext()).toBe(2)
  })

  it('passes on what is not a plain request for a cacheable page', async () => {
    const site = await start()
    const requests: [string, Record<string, string>][] = [
      ['/id?x=1', {}],
      ['/admin', {}],
      ['/api/competitions', {}],
      ['/id/dashboard', {}],
      ['/_next/static/chunks/main.js', {}],
      ['/id', { rsc: '1' }],
      ['/id', { 'next-router-prefetch': '1' }],
      ['/id', { 'next-router-state-tree': '%5B%5D' }],
      ['/id', { 'next-action': 'abc' }],
      ['/id', { 'if-none-match': '"e1"' }],
      ['/id', { range: 'bytes=0-10' }],
      ['/id', { cookie: '__prerender_bypass=1' }],
    ]
    for (const [path, headers] of requests) {
      await site.get(path, headers)
      await site.get(path, headers)
    }
    expect(site.reachedNext()).toBe(requests.length * 2)
    expect(site.memory.counts.answered).toBe(0)
  })

  it('never keeps a render, an error, a private answer, a cookie or a nonce', async () => {
    const cases: NextLike[] = [
      { cache: 'MISS' },
      { cache: 'STALE' },
      { status: 404 },
      { cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate' },
      { extraHeaders: { 'Set-Cookie': 'payload-token=x' } },
      { extraHeaders: { 'Content-Security-Policy': "script-src 'self' 'nonce-abc'" } },
    ]
    for (const next of cases) {
      const site = await start({}, next)
      await site.get('/id')
      await site.get('/id')
      expect(site.reachedNext(), JSON.stringify(next)).toBe(2)
      await new Promise((resolve) => server!.close(resolve))
      server = undefined
    }
  })

  it('holds at most 500 answers, the oldest going first, whatever a visitor sends', async () => {
    const site = await start()
    for (let index = 0; index < 520; index++) await site.get('/id', { 'accept-encoding': `x-${index}` })
    expect(site.memory.size()).toBe(500)
    // The 500 newest: Next.js's renders 21 to 520.
    let kept = 0
    for (let render = 21; render <= 520; render++) kept += Buffer.byteLength(`<html>page /id render ${render}</html>`)
    expect(site.memory.bytes()).toBe(kept)
    await site.get('/id', { 'accept-encoding': 'x-519' })
    expect(site.reachedNext()).toBe(520)
    await site.get('/id', { 'accept-encoding': 'x-0' })
    expect(site.reachedNext()).toBe(521)
    // An Accept-Encoding no browser sends is not a key at all.
    await site.get('/id', { 'accept-encoding': 'x'.repeat(101) })
    await site.get('/id', { 'accept-encoding': 'x'.repeat(101) })
    expect(site.reachedNext()).toBe(523)
  })

  it('is off with memoryMs 0, and leaves a closing server to Next.js', async () => {
    const off = await start({ memoryMs: 0 })
    await off.get('/id')
    await off.get('/id')
    expect(off.reachedNext()).toBe(2)

    await new Promise((resolve) => server!.close(resolve))
    server = undefined
    const kept = await start()
    await kept.get('/id')
    let passed = 0
    const listener = kept.memory.listener(() => passed++)
    const request = { headers: {}, method: 'GET', url: '/id' } as http.IncomingMessage
    // The same request, on a server that is still listening and on one that is closing.
    listener.call({ listening: false } as http.Server, request, {} as http.ServerResponse)
    expect(passed).toBe(1)
    expect(kept.memory.counts.answered).toBe(0)
    expect(kept.memory.size()).toBe(1)
    expect(pageKeyOf({ headers: {}, method: 'HEAD', url: '/id' } as http.IncomingMessage)).toBeNull()
    expect(pageKeyOf({ headers: { 'accept-encoding': 'br' }, method: 'GET', url: '/id' } as http.IncomingMessage)).toBe('/id\nbr')
  })
})
