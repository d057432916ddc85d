import type { CollectionAfterChangeHook } from 'payload'

import type { Submission } from '../../src/payload-types'

import { findByIdAsServer } from '../../src/db/findAllAsServer'
import { queueEmail } from '../../src/email/adapter'
import { submissionReceiptEmail } from '../../src/email/judgingEmails'
import { idOf } from '../../src/shared/idOf'

/** A receipt for the member who submitted, with the time the server recorded. */
export const queueSubmissionReceipt: CollectionAfterChangeHook<Submission> = async ({ doc, req }) => {
  const submitter = await findByIdAsServer(req, 'users', idOf(doc.submittedBy) as string)
  if (!submitter) return doc
  const message = submissionReceiptEmail({
    late: Boolean(doc.late),
    name: submitter.name,
    stage: doc.stage,
    submittedAt: doc.submittedAt as string,
  })
  await queueEmail(req, { ...message, to: submitter.email })
  return doc
}
