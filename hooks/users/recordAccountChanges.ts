import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '../../src/payload-types'

import { recordAuditEvent } from '../../src/audit/recordAuditEvent'
import { emailKey } from '../../src/domain/registration'

/** Every change of an account's email or institution is recorded: who, when, from what to what. */
export const recordAccountChanges: CollectionAfterChangeHook<User> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || !previousDoc) return doc
  if (emailKey(doc.email) !== emailKey(previousDoc.email)) {
    await recordAuditEvent(req, {
      action: 'email-changed',
      after: { email: doc.email },
      before: { email: previousDoc.email },
      collectionSlug: 'users',
      documentId: doc.id,
    })
  }
  if ((doc.institution ?? '').trim() !== (previousDoc.institution ?? '').trim()) {
    await recordAuditEvent(req, {
      action: 'institution-changed',
      after: { institution: doc.institution ?? null },
      before: { institution: previousDoc.institution ?? null },
      collectionSlug: 'users',
      documentId: doc.id,
    })
  }
  return doc
}
