import type { Access, Where } from 'payload'

import { isCommittee, isJudge } from './roles'

/**
 * Payload's document locks (`payload-locked-documents`) are for staff editing shared documents in
 * /admin. By default any logged-in account could create, list and delete them, so a participant
 * could lock a published competition and the committee's next save got 423 Locked.
 * The admin panel writes a lock straight to the database when a staff member opens a document
 * (not through these rules); through the API:
 * - the committee reads, takes over and releases any lock, and creates them;
 * - a judge reads and releases only their own (what the admin panel does for them);
 * - participants and anonymous callers nothing.
 */
const ownLocks = (user: { id: number | string }): Where => ({ 'user.value': { equals: user.id } })

export const createLockAccess: Access = ({ req: { user } }) => isCommittee(user)

export const lockAccess: Access = ({ req: { user } }) => {
  if (isCommittee(user)) return true
  if (!user || !isJudge(user)) return false
  return ownLocks(user)
}

/** Migrations are applied by the server; nobody lists or edits them through the API. */
export const nobody: Access = () => false
