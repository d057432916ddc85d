import type { CollectionAfterChangeHook } from 'payload'

import type { Submission } from '../../src/payload-types'

import { queueEmail } from '../../src/email/adapter'
import { renderEmailHtml } from '../../src/email/layout'
import { idOf } from '../shared/lookups'

/** A receipt for the member who submitted, with the time the server recorded. */
export const queueSubmissionReceipt: CollectionAfterChangeHook<Submission> = async ({ doc, req }) => {
  const submitter = await req.payload.findByID({ collection: 'users', depth: 0, id: idOf(doc.submittedBy) as string, overrideAccess: true, req })
  const when = new Date(doc.submittedAt as string).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Jakarta' })
  const html = renderEmailHtml({
    heading: 'Submission received',
    paragraphs: [
      submitter.name ? `Hi ${submitter.name},` : 'Hi,',
      `We received your team's work for the stage "${doc.stage}" at ${when} WIB${doc.late ? ', after the deadline but within the grace period (marked late)' : ''}.`,
      'You can replace it until the stage closes; earlier versions are kept.',
    ],
  })
  await queueEmail(req, { html, subject: `Submission received: ${doc.stage}`, to: submitter.email })
  return doc
}
