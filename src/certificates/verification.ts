import type { Payload, PayloadRequest } from 'payload'

import type { Certificate } from '../payload-types'

import { findAllAsServer } from '../db/findAllAsServer'
import { normaliseCertificateCode } from '../domain/certificates'

/**
 * What anyone holding a certificate's code may learn, and nothing more: the name, the kind, the
 * competition, the placing and the issue date as printed on it, and whether it was revoked. No
 * email, no institution, no account or document ids. Null for a code that is not one of an issued
 * certificate (a malformed code is never looked up).
 */
export const verifiedCertificate = async (reqOrPayload: Payload | PayloadRequest, input: string) => {
  const code = normaliseCertificateCode(input)
  if (!code) return null
  const [certificate] = await findAllAsServer(reqOrPayload, 'certificates', {
    select: {
      code: true,
      competitionTitle: true,
      holderName: true,
      issuedAt: true,
      kind: true,
      placing: true,
      revoked: true,
      revokedAt: true,
    },
    where: { and: [{ code: { equals: code } }, { issuedAt: { exists: true } }] },
  })
  if (!certificate?.issuedAt) return null
  return {
    code: certificate.code,
    competition: certificate.competitionTitle ?? '',
    holderName: certificate.holderName,
    issuedAt: certificate.issuedAt,
    kind: certificate.kind as Certificate['kind'],
    placing: certificate.kind === 'winner' ? (certificate.placing ?? null) : null,
    revoked: Boolean(certificate.revoked),
    revokedAt: certificate.revoked ? (certificate.revokedAt ?? null) : null,
  }
}
