import type { Access, Where } from 'payload'

import { isCommittee } from './roles'

/** Payload's own file route for certificate PDFs (`/api/certificates/file/<name>`). */
const FILE_ROUTE = /\/certificates\/file\//

/**
 * Certificates: the committee reads every one (it issues and revokes them); anyone else reads
 * only the certificates they hold (`holder`, bound when they were issued from a proven team
 * membership or judge assignment). Anonymous visitors read none: the public verification page
 * shows a few fields of one certificate by its code (src/certificates/verification.ts).
 *
 * A holder still sees a revoked certificate in their list (it says revoked), but its file is
 * no longer theirs to download: `/pdf` answers 410, and Payload's file route, which asks this
 * same read access, finds nothing.
 */
export const certificateReadAccess: Access = ({ req }) => {
  const { user } = req
  if (isCommittee(user)) return true
  if (!user) return false
  const mine: Where = { holder: { equals: user.id } }
  return FILE_ROUTE.test(req.pathname ?? '') ? { and: [mine, { revoked: { not_equals: true } }] } : mine
}
