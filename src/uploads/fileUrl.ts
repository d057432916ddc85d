/**
 * A file address on this site as a path ("/api/media/file/poster.png"), so a browser loads it from
 * whatever origin served the page. Payload builds file URLs from SERVER_URL; a site reached on
 * another host or port (a preview, a second instance, a proxy) then pointed every image at an
 * address that does not answer. Addresses on another origin (external storage) are kept as they are.
 */
export const sitePathOf = (url: string, serverUrl: string | undefined): string => {
  if (url.startsWith('/')) return url
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  if (!serverUrl || parsed.origin !== new URL(serverUrl).origin) return url
  return `${parsed.pathname}${parsed.search}`
}
