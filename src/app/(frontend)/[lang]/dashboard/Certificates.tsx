import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { certificateWords } from '@/i18n/certificates'

/**
 * The account's issued certificates (read access: the holder's own only), each with its PDF and its
 * public verification page. Nothing at all until one is issued.
 */
export async function CertificateList({ lang, payload, user }: { lang: string; payload: Payload; user: User }) {
  const t = certificateWords(lang)
  const { docs } = await payload.find({
    collection: 'certificates',
    depth: 0,
    limit: 100,
    overrideAccess: false,
    select: { code: true, competitionTitle: true, filename: true, issuedAt: true, kind: true, placing: true, revoked: true },
    sort: '-issuedAt',
    user,
    where: { issuedAt: { exists: true } },
  })
  if (docs.length === 0) return null
  return (
    <section aria-label={t.certificates} className="panel" data-certificates>
      <h2>{t.certificates}</h2>
      <ul>
        {docs.map((certificate) => (
          <li data-certificate={certificate.kind} key={certificate.id}>
            {t.kindLabel(certificate.kind)}
            {certificate.placing ? ` (${t.placingLabel(certificate.placing)})` : ''} · {certificate.competitionTitle}
            {certificate.revoked ? (
              <>
                {' '}
                <span className="badge rejected">{t.revokedBadge}</span>
              </>
            ) : (
              <>
                {' '}
                —{' '}
                <a download href={`/api/certificates/${certificate.id}/pdf`}>
                  {t.download}
                </a>{' '}
                · <a href={`/${lang}/certificates/${certificate.code}`}>{t.verify}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
