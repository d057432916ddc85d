import type { Metadata } from 'next'

import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { createLocalReq } from 'payload'

import { verifiedCertificate } from '@/certificates/verification'
import { session } from '@/frontend/session'
import { certificateWords } from '@/i18n/certificates'

import { enforceRateLimit, TooManyRequests } from '../../../../../../access/rateLimit'

export const dynamic = 'force-dynamic'

// A person's certificate is theirs to share, not the search engines' to list.
export const metadata: Metadata = { robots: { follow: false, index: false }, title: 'Certificate · ContestKit' }

/**
 * Where a certificate's QR code leads: anyone sees the name, kind, competition, placing and issue
 * date printed on it, or that it was revoked; any other code is the site's plain 404 page.
 */
export default async function CertificatePage({ params }: { params: Promise<{ code: string; lang: string }> }) {
  const { code, lang } = await params
  const t = certificateWords(lang)
  const { payload } = await session()
  // Counted in the same bucket as GET /api/certificates/verify/:code: the page is the same
  // lookup, so it must not be a way around that limit.
  const req = await createLocalReq({ req: { headers: await headers() } }, payload)
  try {
    await enforceRateLimit(req, { bucket: 'certificateVerify' })
  } catch (error) {
    if (!(error instanceof TooManyRequests)) throw error
    return (
      <>
        <h1>{t.pageTitle}</h1>
        <p className="panel" data-rate-limited role="alert">
          {t.tooMany}
        </p>
      </>
    )
  }
  // Anything but a well-formed code is a 404 before any lookup (src/domain/certificates.ts).
  const certificate = await verifiedCertificate(req, code)
  if (!certificate) notFound()
  return (
    <>
      <h1>{t.pageTitle}</h1>
      <section className="panel" data-certificate={certificate.code} data-revoked={certificate.revoked}>
        <p>
          <strong>{certificate.revoked ? t.revoked : t.valid}</strong>
        </p>
        <dl>
          <dt>{t.holder}</dt>
          <dd data-holder>{certificate.holderName}</dd>
          <dt>{t.kind}</dt>
          <dd>{t.kindLabel(certificate.kind)}</dd>
          <dt>{t.competition}</dt>
          <dd>{certificate.competition}</dd>
          {certificate.placing ? (
            <>
              <dt>{t.placing}</dt>
              <dd>{t.placingLabel(certificate.placing)}</dd>
            </>
          ) : null}
          <dt>{t.issued}</dt>
          <dd>{t.date(certificate.issuedAt)}</dd>
        </dl>
        <p className="muted">{certificate.code}</p>
      </section>
    </>
  )
}
