import { type NextRequest, NextResponse } from 'next/server'

import { contentSecurityPolicy, newNonce } from './http/contentSecurityPolicy'

/**
 * Gives every page (public site and /admin) its Content-Security-Policy with a fresh nonce.
 * The policy goes on the request too: that is where Next.js finds the nonce to put on the
 * scripts it renders. Headers that never change (nosniff, framing, referrer) are in
 * next.config.mjs, for every response including /api.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({ development: process.env.NODE_ENV === 'development', nonce: newNonce() })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Pages only: the API answers JSON and files, and built assets are not documents.
  matcher: [
    {
      missing: [
        { key: 'next-router-prefetch', type: 'header' },
        { key: 'purpose', type: 'header', value: 'prefetch' },
      ],
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
    },
  ],
}
