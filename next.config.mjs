import { withPayload } from '@payloadcms/next/withPayload'
import { fileURLToPath, URL } from 'node:url'

import { CACHEABLE_PAGE_SOURCE, cacheablePagePolicy } from './src/http/pagePolicies.mjs'

/**
 * Sent with every response: pages, /admin, /api and built assets. The Content-Security-Policy of
 * pages rendered per request needs a fresh nonce, so src/proxy.ts sends it; the public pages
 * served from the cache get their fixed one below (the proxy does not run for them).
 */
const securityHeaders = [
  // Browsers take the Content-Type as given: an upload is never sniffed into HTML or script.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // No other site may frame ours (clickjacking); CSP's frame-ancestors says the same to newer browsers.
  { key: 'X-Frame-Options', value: 'DENY' },
  // Other sites see our origin at most, never a path or query (tokens in /reset-password?token=…).
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server: no dev dependencies, no full node_modules.
  output: 'standalone',
  poweredByHeader: false,
  images: { unoptimized: true },
  // The exports' XLSX writer (src/exports/exportBody.ts): CommonJS with a deep dependency tree,
  // used on the server only; loaded from node_modules (traced into the standalone output) rather
  // than bundled into every server chunk.
  serverExternalPackages: ['exceljs'],
  // Pages and cached data in Redis when REDIS_URL is set, so that every instance sees one cache
  // and a revalidation anywhere reaches all; Next's file-system cache otherwise (see the file).
  // No per-instance memory copy on top: it would keep serving what another instance invalidated.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // The certificate font (src/certificates/renderCertificate.ts) is read from node_modules at run
  // time, which file tracing cannot see: copy it into the standalone server of every route (the job
  // queue runs in whichever route's server bundle is loaded).
  outputFileTracingIncludes: { '/**': ['./node_modules/@expo-google-fonts/noto-sans/{400Regular,700Bold}/*.ttf'] },
  headers: async () => [
    { headers: securityHeaders, source: '/:path*' },
    {
      headers: [{ key: 'Content-Security-Policy', value: cacheablePagePolicy({ development: process.env.NODE_ENV === 'development' }) }],
      source: CACHEABLE_PAGE_SOURCE,
    },
  ],
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every response for the visitor's colour scheme (its admin theme) with Accept-CH
 * and Critical-CH. Critical-CH makes the browser send the first request to any page twice (the
 * second time with the hint), a wasted round trip on every first visit to the public site, which
 * has one light theme; Lighthouse counted it as a redirect (~0.8 s on mobile). The hint is kept
 * for the admin panel only.
 */
const payloadHeaders = config.headers
const asksForColourScheme = (rule) => rule.headers.some(({ key }) => key === 'Critical-CH')
config.headers = async () =>
  (await payloadHeaders()).map((rule) => (asksForColourScheme(rule) ? { ...rule, source: '/admin/:path*' } : rule))

export default config
