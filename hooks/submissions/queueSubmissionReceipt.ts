import type { CollectionAfterChangeHook } from 'payload'

import type { Submission } from '../../src/payload-types'

import { queueEmail } from '../../src/email/adapter'
import { submissionReceiptEmail } from '../../src/email/judgingEmails'
import { idOf } from '../../src/shared/idOf'

/** A receipt for the member who submitted, with the time the server recorded. */
export const queueSubmissionReceipt: CollectionAfterChangeHook<Submission> = async ({ doc, req }) => {
  const submitter = await req.payload.findByID({
    collection: 'users',
    depth: 0,
    id: idOf(doc.submittedBy) as string,
    overrideAccess: true,
    req,
  })
  const message = submissionReceiptEmail({
    late: Boolean(doc.late),
    name: submitter.name,
    stage: doc.stage,
    submittedAt: doc.submittedAt as string,
  })
  await queueEmail(req, { ...message, to: submitter.email })
  return doc
}
