/**
 * Where the site may send someone after logging in: a path on this site, nothing else.
 *
 * A `?next=` parameter is chosen by whoever wrote the link, so a check like "starts with `/`
 * and not `//`" is not enough: browsers read `/\evil.example` as `//evil.example`, and drop tabs
 * and newlines from URLs, so `/<TAB>/evil.example` also becomes `//evil.example` — both leave the
 * site. We refuse anything with a backslash or a control character, also once percent-decoded
 * (the value may be decoded again by whoever reads it), then resolve it against the site's own
 * origin and keep it only if it stays there. What comes back is a path, never an absolute URL.
 */

/** Longer than any path the site links to; a longer `next` is not ours. */
const MAX_LENGTH = 2048
/** Percent-decoding more layers than this is not a real link. */
const MAX_DECODINGS = 3

// C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTER = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** The value and every layer of its percent-decoding, or null when one does not decode. */
const decodings = (value: string): string[] | null => {
  const layers = [value]
  let current = value
  for (let round = 0; round < MAX_DECODINGS && current.includes('%'); round++) {
    try {
      current = decodeURIComponent(current)
    } catch {
      return null
    }
    layers.push(current)
  }
  return /%[0-9a-f]{2}/i.test(current) ? null : layers
}

/** Starts with one slash followed by something other than a second slash. */
const isRootRelativePath = (value: string): boolean => value.startsWith('/') && !value.startsWith('//')

/**
 * `next` when it is a path on `origin` (returned as path + query + fragment), else `fallback`.
 * `origin` is the site's own, e.g. `window.location.origin`.
 */
export const safeRedirectPath = (next: unknown, origin: string, fallback: string): string => {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_LENGTH) return fallback
  const layers = decodings(next)
  if (!layers) return fallback
  if (layers.some((layer) => UNSAFE_CHARACTER.test(layer) || !isRootRelativePath(layer))) return fallback
  let site: URL
  let target: URL
  try {
    site = new URL(origin)
    target = new URL(next, site)
  } catch {
    return fallback
  }
  if (target.origin !== site.origin) return fallback
  return `${target.pathname}${target.search}${target.hash}`
}
