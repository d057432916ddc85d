import type { PayloadRequest, TaskConfig } from 'payload'

import { isolateObjectProperty } from 'payload'
import sharp from 'sharp'

import type { ContestKitEnv } from '../config/env'

import { type CertificateContent, renderCertificate } from '../certificates/renderCertificate'
import { findByIdAsServer } from '../db/findAllAsServer'
import { asServerWrite } from '../db/serverWrite'
import { verificationUrl } from '../domain/certificates'
import { queueEmail } from '../email/adapter'
import { certificateIssuedEmail } from '../email/certificateEmails'
import { DEFAULT_LANGUAGE } from '../i18n/dictionary'
import { idOf } from '../shared/idOf'
import { StorageUnavailable } from '../uploads/objectStoragePlugin'
import { readStoredFile } from '../uploads/storedFile'

type Image = NonNullable<CertificateContent['background']>

/**
 * An uploaded image (a competition's background in media, a signer's signature in attachments)
 * as pdf-lib embeds it: a background as JPEG at most 2480 px wide (A4 at 210 dpi: sharp print, small
 * file), a signature as PNG so a transparent background stays transparent. None when missing.
 */
const imageOf = async (
  req: PayloadRequest,
  collection: 'attachments' | 'media',
  id: unknown,
  as: 'jpeg' | 'png',
): Promise<Image | undefined> => {
  const ref = idOf(id)
  const doc = ref ? await findByIdAsServer(req, collection, ref) : null
  if (!doc?.filename) return undefined
  try {
    const stored = await readStoredFile(collection, doc)
    if (!stored) throw new Error(`no file ${doc.filename}`)
    const image = sharp(stored).resize({
      width: as === 'jpeg' ? 2480 : 800,
      withoutEnlargement: true,
    })
    const bytes =
      as === 'jpeg' ? await image.flatten({ background: '#ffffff' }).jpeg({ quality: 85 }).toBuffer() : await image.png().toBuffer()
    return { bytes, type: as }
  } catch (error) {
    // The bucket not answering is passing: the job fails and is retried, rather than printing a
    // certificate without its design. A missing or unreadable image is printed without.
    if (error instanceof StorageUnavailable) throw error
    req.payload.logger.warn({ err: error, msg: `Certificate image ${collection}/${ref} could not be read; printing without it.` })
    return undefined
  }
}

/**
 * Generates (or regenerates, after a correction) one certificate's PDF from the facts as they are
 * now: the holder's account name, the team's name and placing, the competition's certificate
 * settings. The code never changes. The holder is emailed the first time only.
 */
export const generateCertificateTask = (env: Pick<ContestKitEnv, 'serverUrl'>): TaskConfig<'generateCertificate'> => ({
  slug: 'generateCertificate',
  handler: async ({ input, req: sharedReq }) => {
    // Payload runs a batch of jobs side by side on one request object (only its transaction is
    // per job); the file being saved and the server-write flag must be this job's own.
    const req = isolateObjectProperty(sharedReq, ['context', 'file'])
    const certificate = await findByIdAsServer(req, 'certificates', input.certificate)
    if (!certificate || certificate.revoked) return { output: {} }
    const competitionId = idOf(certificate.competition)
    const holderId = idOf(certificate.holder)
    const competition = competitionId ? await findByIdAsServer(req, 'competitions', competitionId) : null
    const holder = holderId ? await findByIdAsServer(req, 'users', holderId) : null
    if (!competition || !holder) return { output: {} }
    const registration = certificate.registration
      ? await findByIdAsServer(req, 'registrations', idOf(certificate.registration) as string)
      : null
    const settings = competition.certificate ?? {}
    const issuedAt = certificate.issuedAt ? new Date(certificate.issuedAt) : new Date()
    const url = verificationUrl(env.serverUrl, DEFAULT_LANGUAGE, certificate.code)
    const facts = {
      competitionTitle: competition.title,
      holderName: holder.name,
      placing: certificate.kind === 'winner' ? (registration?.placing ?? certificate.placing) : null,
      teamName: registration?.teamName ?? certificate.teamName,
    }
    const pdf = await renderCertificate({
      ...facts,
      background: await imageOf(req, 'media', settings.background, 'jpeg'),
      code: certificate.code,
      issuedAt,
      kind: certificate.kind,
      signers: await Promise.all(
        (settings.signers ?? []).map(async (signer) => ({
          name: signer.name,
          role: signer.role,
          signature: await imageOf(req, 'attachments', signer.signature, 'png'),
        })),
      ),
      titleLines: (settings.titleLines ?? []).map((line) => line.text),
      verificationUrl: url,
    })
    const firstTime = !certificate.emailedAt
    await asServerWrite(req, () =>
      req.payload.update({
        collection: 'certificates',
        data: { ...facts, emailedAt: certificate.emailedAt ?? new Date().toISOString(), issuedAt: issuedAt.toISOString() },
        file: { data: Buffer.from(pdf), mimetype: 'application/pdf', name: `certificate-${certificate.code}.pdf`, size: pdf.byteLength },
        id: certificate.id,
        overrideAccess: true,
        overwriteExistingFiles: true,
        req,
      }),
    )
    if (firstTime) {
      const message = certificateIssuedEmail({
        competitionTitle: competition.title,
        dashboardUrl: `${env.serverUrl}/${DEFAULT_LANGUAGE}/dashboard`,
        kind: certificate.kind,
        name: holder.name,
        placing: facts.placing,
        verificationUrl: url,
      })
      await queueEmail(req, { ...message, to: holder.email })
    }
    return { output: {} }
  },
  inputSchema: [{ name: 'certificate', type: 'text', required: true }],
  label: 'Generate a certificate',
  // Under load SQLite sometimes refuses one of a batch's side-by-side writes; the retry succeeds.
  retries: { attempts: 5, backoff: { delay: 5000, type: 'exponential' } },
})
