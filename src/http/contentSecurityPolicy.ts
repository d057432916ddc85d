/**
 * The Content-Security-Policy of every page (public site and admin panel), sent by src/proxy.ts
 * with a fresh nonce per request. Next.js reads the nonce back from the request's header and
 * puts it on every script it renders (framework, page chunks, the inline bootstrap and
 * streaming scripts), so script-src needs no 'unsafe-inline': an injected <script> has no nonce
 * and does not run. 'strict-dynamic' lets those trusted scripts load the chunks they import.
 *
 * Styles need 'unsafe-inline': the admin panel (Payload) and React render `style` attributes and
 * unnonced <style> elements, which no nonce can cover. A style cannot run script, and
 * connect-src, img-src and form-action keep an injected style from sending data elsewhere.
 */
export const contentSecurityPolicy = ({ development, nonce }: { development: boolean; nonce: string }): string =>
  [
    "default-src 'self'",
    // Development only: React rebuilds server error stacks with eval; production never evals.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
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

/** A fresh nonce: 128 random bits, base64 as CSP expects. */
export const newNonce = (): string => {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
