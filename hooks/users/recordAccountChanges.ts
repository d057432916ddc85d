import type { User } from '../../src/payload-types'

import { recordChanges, recordDeletion } from '../../src/audit/auditHooks'
import { emailKey } from '../../src/domain/registration'

/** An account as the audit trail shows it; never its password hash, salt or tokens. */
const snapshot = (doc: User) => ({
  email: emailKey(doc.email ?? ''),
  institution: doc.institution?.trim() || null,
  name: doc.name?.trim() || null,
  role: doc.role ?? null,
})

/**
 * Every change of an account's email, institution or role is recorded: who, when, from what to
 * what (the email and the role decide what an account may do, the institution which teams a
 * judge may not judge).
 */
export const recordAccountChanges = recordChanges<User>({
  aspects: [
    { action: 'email-changed', fields: ['email'] },
    { action: 'institution-changed', fields: ['institution'] },
    { action: 'role-changed', fields: ['role'] },
  ],
  collection: 'users',
  snapshot,
})

/** A deleted account: who it was, so the events it acted in still say so. */
export const recordAccountDeletion = recordDeletion<User>({ action: 'user-deleted', collection: 'users', snapshot })
