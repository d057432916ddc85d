import type { Endpoint } from 'payload'

import { requireCommittee, requireUser } from '../../access/endpoints'
import { enforceRateLimit } from '../../access/rateLimit'
import { isCommittee } from '../../access/roles'
import { issueCertificates, notReadyToIssue } from '../certificates/issueCertificates'
import { verifiedCertificate } from '../certificates/verification'
import { findByIdAsServer } from '../db/findAllAsServer'
import { refuse } from '../shared/refusals'
import { readStoredFile } from '../uploads/storedFile'

const ONLY_COMMITTEE = 'Only the committee issues certificates.'

/**
 * Issues a competition's certificates once the last stage's results are published (409 before):
 * creates the missing ones and queues one PDF job per certificate (src/certificates/issueCertificates.ts).
 * Calling it again makes no duplicates; it regenerates the PDFs under the same codes.
 */
export const issueCertificatesEndpoint: Endpoint = {
  handler: async (req) => {
    requireCommittee(req, { anonymous: ONLY_COMMITTEE, other: ONLY_COMMITTEE })
    const competition = await findByIdAsServer(req, 'competitions', String(req.routeParams?.id))
    if (!competition) throw refuse(404, `No competition has the id "${String(req.routeParams?.id)}".`)
    const notReady = notReadyToIssue(competition)
    if (notReady) throw refuse(409, notReady)
    return Response.json({ competition: competition.id, ...(await issueCertificates(req, competition)) }, { status: 202 })
  },
  method: 'post',
  path: '/:id/certificates',
}

/**
 * A certificate's PDF, to its holder and the committee: the document is read with the caller's
 * access, so anyone else gets the same 404 as for an id that does not exist. A revoked certificate
 * is no longer handed to its holder.
 */
export const certificatePdfEndpoint: Endpoint = {
  handler: async (req) => {
    const user = requireUser(req, 'download your certificate')
    const { docs } = await req.payload.find({
      collection: 'certificates',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      req,
      user,
      where: { id: { equals: String(req.routeParams?.id) } },
    })
    const certificate = docs[0]
    if (!certificate) throw refuse(404, 'You have no certificate with this id.')
    if (certificate.revoked && !isCommittee(user)) throw refuse(410, 'This certificate was revoked by the committee.')
    if (!certificate.filename) throw refuse(409, 'This certificate is still being generated. Try again in a minute.')
    const bytes = await readStoredFile('certificates', certificate)
    if (!bytes) throw refuse(409, 'This certificate is being generated again. Try again in a minute.')
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Cache-Control': 'private, no-store',
        'Content-Disposition': `attachment; filename="certificate-${certificate.code}.pdf"`,
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Content-Type': 'application/pdf',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
  method: 'get',
  path: '/:id/pdf',
}

/**
 * The public check of a certificate by its code (the QR code's page uses the same function):
 * the few fields printed on it, whether it was revoked, and a plain 404 for anything else.
 * Rate-limited per client address like everything anonymous.
 */
export const verifyCertificateEndpoint: Endpoint = {
  handler: async (req) => {
    await enforceRateLimit(req, { bucket: 'certificateVerify' })
    const certificate = await verifiedCertificate(req, String(req.routeParams?.code ?? ''))
    if (!certificate) throw refuse(404, 'No certificate has this code. Check it against the one printed under the QR code.')
    return Response.json(certificate, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'get',
  path: '/verify/:code',
}
