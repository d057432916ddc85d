// @ts-check
/**
 * The pages' Content-Security-Policy strings, in plain JavaScript so that next.config.mjs can send
 * the cacheable pages' fixed policy itself (see src/http/contentSecurityPolicy.ts for why there
 * are two policies, and src/proxy.ts for who sends which).
 */

/** @param {string} scriptSrc */
const policy = (scriptSrc) =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    // data: for small inline icons, blob: for previews of files chosen in upload forms.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

// Development only: React rebuilds server error stacks with eval; production never evals.
/** @param {boolean} development */
const evalInDevelopment = (development) => (development ? " 'unsafe-eval'" : '')

/**
 * The policy of a page rendered per request, with its nonce.
 * @param {{ development: boolean, nonce: string }} options
 * @returns {string}
 */
export const contentSecurityPolicy = ({ development, nonce }) =>
  policy(`'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDevelopment(development)}`)

/**
 * The fixed policy of a cacheable public page (no nonce).
 * @param {{ development: boolean }} options
 * @returns {string}
 */
export const cacheablePagePolicy = ({ development }) => policy(`'self' 'unsafe-inline'${evalInDevelopment(development)}`)

/**
 * The cacheable pages as a next.config.mjs `headers()` source: `/<lang>`,
 * `/<lang>/competitions/<slug>` and `/<lang>/competitions/<slug>/results` (trailing slash
 * allowed), the language segment anything but `admin` and `api`. The same set as `isCacheablePage`, and the
 * set src/proxy.ts's matcher leaves out (tests/unit/contentSecurityPolicy.test.ts holds the three
 * together).
 */
export const CACHEABLE_PAGE_SOURCE = '/:page((?!(?:admin|api)(?:/|$))[^/]+(?:/competitions/[^/]+(?:/results)?)?)'

/**
 * The public pages served from the cache: `/<lang>`, `/<lang>/competitions/<slug>` and
 * `/<lang>/competitions/<slug>/results` (their page files export `revalidate` and render nothing
 * personal). The language segment is any one segment but `admin` and `api`: an unknown language is
 * answered by the same cached routes (a cached 404), so its scripts must be allowed the same way.
 * Every other page must be rendered per request (`dynamic = 'force-dynamic'`): served from a
 * cache it would carry no nonce, and the nonce policy would block its scripts.
 *
 * @param {string} pathname
 * @returns {boolean}
 */
export const isCacheablePage = (pathname) => {
  const match = /^\/([^/]+)(?:\/competitions\/[^/]+(?:\/results)?)?\/?$/.exec(pathname)
  // The first segment is a language; /admin and /api are not (/api/competitions/<id> is JSON).
  return match !== null && match[1] !== 'admin' && match[1] !== 'api'
}
