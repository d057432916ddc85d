/**
 * The Content-Security-Policy of every page (the strings are built in ./pagePolicies.mjs, which
 * next.config.mjs imports too). Two kinds of page, two policies:
 *
 * Personal and admin pages (dashboard, account, register form, registrations, invitations, the
 * account forms, 404s under a language, /admin) are rendered per request with a fresh nonce, made
 * and sent by src/proxy.ts.
 * Next.js reads the nonce back from the request's header and puts it on every script it renders
 * (framework, page chunks, the inline bootstrap and streaming scripts), so script-src needs no
 * 'unsafe-inline': an injected <script> has no nonce and does not run. 'strict-dynamic' lets
 * those trusted scripts load the chunks they import.
 *
 * Public pages served from the cache (home, competition, results: `isCacheablePage`) cannot carry
 * a nonce: the same HTML goes to every visitor, and a nonce that repeats protects nothing. Their
 * policy is fixed and sent by next.config.mjs `headers()` (the proxy does not run for them: it
 * was most of every cached page's time): scripts from our origin, and inline scripts (Next.js
 * streams the page's data as inline `self.__next_f.push(…)` scripts, different on every page, so
 * no fixed list of hashes covers them). What keeps an injected script out of these pages is that they have no input
 * from a visitor: they show the committee's published content, rendered by React, which escapes
 * every value; the one raw HTML (the JSON-LD block) escapes '<' (src/domain/seo.ts jsonLdText).
 * Every other directive is as strict as on personal pages. Next.js's experimental Subresource
 * Integrity (`experimental.sri`) would add hashes to the chunk <script src> tags only; it cannot
 * make the inline data scripts run without 'unsafe-inline', so it buys nothing here.
 *
 * Styles need 'unsafe-inline' everywhere: the admin panel (Payload) and React render `style`
 * attributes and unnonced <style> elements, which no nonce can cover. A style cannot run script,
 * and connect-src, img-src and form-action keep an injected style from sending data elsewhere.
 */
export { cacheablePagePolicy, contentSecurityPolicy, isCacheablePage } from './pagePolicies.mjs'

/** A fresh nonce: 128 random bits, base64 as CSP expects. */
export const newNonce = (): string => {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
