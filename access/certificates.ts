import type { Access, Where } from 'payload'

import { isCommittee } from './roles'

/**
 * Certificates: the committee reads every one (it issues and revokes them); anyone else reads
 * only the certificates they hold (`holder`, bound when they were issued from a proven team
 * membership or judge assignment). Anonymous visitors read none: the public verification page
 * shows a few fields of one certificate by its code (src/certificates/verification.ts).
 */
export const certificateReadAccess: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user) return false
  return { holder: { equals: user.id } } satisfies Where
}
