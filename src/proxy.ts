import { type NextRequest, NextResponse } from 'next/server'

import { cacheablePagePolicy, contentSecurityPolicy, isCacheablePage, newNonce } from './http/contentSecurityPolicy'
import { REQUEST_ID_HEADER, requestIdFor } from './shared/requestId'

/**
 * Runs for every request but built assets, prefetches, large uploads and what is served from a
 * cache to anonymous visitors (see `config` below). Gives every request it sees an id (the
 * caller's `X-Request-Id` when it is a sane token, else a new one): on the request, where
 * Payload's hooks read it for their log lines (hooks/root/logRequestId.ts), and on the response,
 * so a user or a load balancer can quote it.
 *
 * Gives every page it sees (personal pages, forms, /admin) a Content-Security-Policy with a fresh
 * nonce (src/http/contentSecurityPolicy.ts), on the response and on the request: that is where
 * Next.js finds the nonce to put on the scripts it renders. The public pages served from the
 * cache (home, competition, results: `isCacheablePage`) are left out of the matcher: running the
 * proxy was most of a cached page's time (README, Benchmarks), and they need nothing from it.
 * Their fixed policy (no nonce) is sent by next.config.mjs `headers()`; their requests carry no request id
 * (a cached answer runs no Payload code that would log it) and no nonce, so the HTML rendered
 * into the cache carries none either. Should one reach the proxy anyway, the fallback below
 * still gives it the fixed policy. The API answers JSON and files and gets no policy. Headers
 * that never change (nosniff, framing, referrer) are in next.config.mjs, for every response
 * including /api.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER))
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set(REQUEST_ID_HEADER, requestId)
  const { pathname } = request.nextUrl
  const isPage = !pathname.startsWith('/api/')
  const development = process.env.NODE_ENV === 'development'
  const cacheable = isPage && isCacheablePage(pathname)
  let policy: string | undefined
  if (cacheable) policy = cacheablePagePolicy({ development })
  else if (isPage) {
    policy = contentSecurityPolicy({ development, nonce: newNonce() })
    requestHeaders.set('Content-Security-Policy', policy)
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set(REQUEST_ID_HEADER, requestId)
  if (policy) response.headers.set('Content-Security-Policy', policy)
  return response
}

// A literal: Next.js reads this object at build time without running the module.
export const config = {
  matcher: [
    // Pages (public site, /admin); built assets are not requests anyone needs to trace. Left out
    // too: the cacheable pages, `/<lang>`, `/<lang>/competitions/<slug>` and its `/results`, any
    // first segment but `admin` and `api` (src/http/pagePolicies.mjs isCacheablePage; the unit test
    // checks the two agree).
    {
      missing: [
        { key: 'next-router-prefetch', type: 'header' },
        { key: 'purpose', type: 'header', value: 'prefetch' },
      ],
      source: '/((?!api/|_next/static|_next/image|favicon.ico|(?!(?:admin|api)(?:/|$))[^/]+(?:/competitions/[^/]+(?:/results)?)?/?$).*)',
    },
    // The API, except large bodies: once the proxy runs, Next.js copies the request body through it
    // and cuts it at 10 MB (experimental.proxyClientMaxBodySize), which would break uploads. Bodies
    // of 1 MB and more (content-length of 7+ digits) or of unknown length skip the proxy and carry no
    // request id; JSON bodies are capped far below that (hooks/root/refuseOversizedBody.ts).
    {
      missing: [
        { key: 'content-length', type: 'header', value: '[0-9]{7,}' },
        { key: 'transfer-encoding', type: 'header' },
      ],
      source: '/api/((?!competitions/?$).*)',
    },
    // The competitions list only with a credential (a header or Payload's login cookie): anonymous
    // reads are answered from memory (src/http/publicReadCache.ts), log nothing and need no id;
    // running the proxy was a large part of such a read. An anonymous write there is refused.
    {
      has: [{ key: 'authorization', type: 'header' }],
      missing: [
        { key: 'content-length', type: 'header', value: '[0-9]{7,}' },
        { key: 'transfer-encoding', type: 'header' },
      ],
      source: '/api/competitions',
    },
    {
      has: [{ key: 'payload-token', type: 'cookie' }],
      missing: [
        { key: 'content-length', type: 'header', value: '[0-9]{7,}' },
        { key: 'transfer-encoding', type: 'header' },
      ],
      source: '/api/competitions',
    },
  ],
}
