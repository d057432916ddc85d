import type { Access } from 'payload'

import { isCommittee } from './roles'

/**
 * Payload's document locks (`payload-locked-documents`) are for the committee editing shared
 * documents in /admin. By default any logged-in account could create, list and delete them, so a
 * participant could lock a published competition and the committee's next save got 423 Locked.
 * The admin panel itself writes locks straight to the database (not through this access); these
 * rules govern the REST and GraphQL API.
 */
export const lockAccess: Access = ({ req: { user } }) => isCommittee(user)

/** Migrations are applied by the server; nobody lists or edits them through the API. */
export const nobody: Access = () => false
