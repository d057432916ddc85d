import type { EmailMessage } from './registrationEmails'

import { CERTIFICATE_KIND_LABELS, type CertificateKind, type Placing, PLACING_LABELS } from '../domain/certificates'
import { renderEmailHtml } from './layout'

/** A certificate was issued: where to download it, and the public address that proves it is real. */
export const certificateIssuedEmail = (facts: {
  competitionTitle: string
  dashboardUrl: string
  kind: CertificateKind
  name: string
  placing?: null | Placing
  verificationUrl: string
}): EmailMessage => {
  const kind = CERTIFICATE_KIND_LABELS[facts.kind].en
  const placing = facts.placing ? ` (${PLACING_LABELS[facts.placing].en})` : ''
  return {
    html: renderEmailHtml({
      action: { label: 'Download my certificate', url: facts.dashboardUrl },
      footer: `Anyone can check that it is real at ${facts.verificationUrl} (the QR code on the certificate opens the same page).`,
      heading: `Your ${kind.toLowerCase()} is ready`,
      paragraphs: [
        `Hi ${facts.name},`,
        `Your ${kind.toLowerCase()}${placing} for ${facts.competitionTitle} has been issued. Download the PDF from your dashboard.`,
      ],
    }),
    subject: `Your certificate for ${facts.competitionTitle}`,
  }
}
