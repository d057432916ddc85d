/**
 * Headers of the files Payload serves from /api/<collection>/file/<name> (its
 * `upload.modifyResponseHeaders`). next.config.mjs sends nosniff with every response of the
 * Next.js server; these make the file routes carry it whoever serves them.
 */

type FileHeaders = { headers: Headers }

/** Public files (posters, guidebooks) open in the browser, as the type the server detected. */
export const publicFileHeaders = ({ headers }: FileHeaders): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}

/**
 * Private files (student cards, payment proofs, submissions) are always downloaded, never opened
 * as a page of our origin where a crafted file could read the viewer's session. `attachment`
 * carries no filename parameter: Payload hands this hook the headers only, and browsers then name
 * the file after the URL's last segment, which is the stored name — nothing from the upload is
 * written into a header. If a file is opened anyway, the sandbox gives it no origin and no script.
 */
export const privateFileHeaders = ({ headers }: FileHeaders): Headers => {
  headers.set('Content-Disposition', 'attachment')
  headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}
