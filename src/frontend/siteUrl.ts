/**
 * The site's public origin (SERVER_URL, as payload.config.ts reads it), for the absolute
 * addresses search engines and link previews need: canonical, hreflang, og:image, sitemap.
 */
export const siteUrl = (): string => (process.env.SERVER_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '')
