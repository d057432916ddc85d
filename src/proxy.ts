import { type NextRequest, NextResponse } from 'next/server'

import { contentSecurityPolicy, newNonce } from './http/contentSecurityPolicy'
import { REQUEST_ID_HEADER, requestIdFor } from './shared/requestId'

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is a sane token, else a new one):
 * on the request, where Payload's hooks read it for their log lines (hooks/root/logRequestId.ts),
 * and on the response, so a user or a load balancer can quote it.
 *
 * Gives every page (public site and /admin) its Content-Security-Policy with a fresh nonce.
 * The policy goes on the request too: that is where Next.js finds the nonce to put on the
 * scripts it renders. The API answers JSON and files and gets no policy. Headers that never
 * change (nosniff, framing, referrer) are in next.config.mjs, for every response including /api.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER))
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set(REQUEST_ID_HEADER, requestId)
  const isPage = !request.nextUrl.pathname.startsWith('/api/')
  const policy = isPage ? contentSecurityPolicy({ development: process.env.NODE_ENV === 'development', nonce: newNonce() }) : undefined
  if (policy) requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set(REQUEST_ID_HEADER, requestId)
  if (policy) response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Pages and the API; built assets are not requests anyone needs to trace.
  matcher: [
    {
      missing: [
        { key: 'next-router-prefetch', type: 'header' },
        { key: 'purpose', type: 'header', value: 'prefetch' },
      ],
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
    },
  ],
}
