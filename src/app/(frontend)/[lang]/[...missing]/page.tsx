import { notFound } from 'next/navigation'

/**
 * Any other address under a language is "not found" rendered here, per request, in the site's
 * layout. Without it Next.js answers with its prebuilt static 404 page, whose scripts carry no
 * CSP nonce and are blocked.
 */
export const dynamic = 'force-dynamic'

export default function Missing() {
  notFound()
}
