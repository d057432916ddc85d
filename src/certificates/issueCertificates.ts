import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

import type { Competition } from '../payload-types'

import { teamAccountsOf } from '../../access/teams'
import { findAllAsServer } from '../db/findAllAsServer'
import {
  CERTIFICATE_KINDS,
  certificateCodeFrom,
  certificateEntitlements,
  certificateKey,
  type CertificateKind,
  CODE_SYMBOLS,
  type Entitlement,
} from '../domain/certificates'
import { idOf } from '../shared/idOf'

/** Why certificates cannot be issued yet, or null when they can: the last stage's results are published. */
export const notReadyToIssue = (competition: Pick<Competition, 'stages' | 'title'>): null | string => {
  const last = competition.stages?.at(-1)
  if (!last) return `${competition.title} has no stages, so there are no results to certify yet.`
  if (!last.resultsPublished) {
    return `Publish the results of "${last.name}", the last stage of ${competition.title}, before issuing certificates.`
  }
  return null
}

/** Who is entitled to which certificate, from the competition's registrations and judges as they are now. */
export const entitlementsOf = async (req: PayloadRequest, competition: Competition): Promise<Entitlement[]> => {
  const registrations = await findAllAsServer(req, 'registrations', {
    select: { hasSubmitted: true, leader: true, members: true, placing: true, progress: true, status: true, teamName: true },
    where: { and: [{ competition: { equals: competition.id } }, { status: { equals: 'verified' } }] },
  })
  const kinds = (competition.certificate?.kinds ?? CERTIFICATE_KINDS) as CertificateKind[]
  return certificateEntitlements({
    judges: (competition.judges ?? []).map(idOf).filter((id): id is string => Boolean(id)),
    kinds,
    registrations: registrations.map((registration) => ({
      accounts: teamAccountsOf(registration),
      hasSubmitted: Boolean(registration.hasSubmitted),
      id: String(registration.id),
      placing: registration.placing,
      progress: (registration.progress ?? []).map((entry) => entry.stage),
      status: registration.status,
      teamName: registration.teamName,
    })),
    stageKeys: (competition.stages ?? []).map((stage) => stage.key),
  })
}

const isUniqueViolation = (error: unknown): boolean => {
  const text = `${(error as { message?: string })?.message ?? ''} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`
  return /unique|duplicate|already/i.test(text)
}

/**
 * Creates the certificates that do not exist yet (a fresh random code each) and queues one
 * generateCertificate job per certificate that is not revoked, new or not: a second call makes no
 * second certificate, and regenerates the PDFs (after a correction) under their codes. People no
 * longer entitled keep what they hold; the committee revokes it if it must go.
 */
export const issueCertificates = async (req: PayloadRequest, competition: Competition) => {
  const entitlements = await entitlementsOf(req, competition)
  const existing = await findAllAsServer(req, 'certificates', {
    select: { key: true, revoked: true },
    where: { competition: { equals: competition.id } },
  })
  const byKey = new Map(existing.map((certificate) => [certificate.key, certificate]))
  const names = new Map(
    (
      await findAllAsServer(req, 'users', {
        select: { name: true },
        where: { id: { in: [...new Set(entitlements.map((entitlement) => entitlement.holder))] } },
      })
    ).map((user) => [String(user.id), user.name]),
  )
  let created = 0
  let skippedRevoked = 0
  const queue: string[] = []
  for (const entitlement of entitlements) {
    const key = certificateKey(String(competition.id), entitlement)
    const found = byKey.get(key)
    if (found?.revoked) {
      skippedRevoked++
      continue
    }
    if (found) {
      queue.push(String(found.id))
      continue
    }
    const holderName = names.get(entitlement.holder)
    if (!holderName) continue // the account was deleted meanwhile
    try {
      const certificate = await req.payload.create({
        collection: 'certificates',
        data: {
          code: certificateCodeFrom(crypto.randomBytes(CODE_SYMBOLS)),
          competition: competition.id,
          competitionTitle: competition.title,
          holder: entitlement.holder,
          holderName,
          key,
          kind: entitlement.kind,
          placing: entitlement.placing,
          registration: entitlement.registration,
          teamName: entitlement.teamName,
        },
        overrideAccess: true,
        req,
      })
      created++
      queue.push(String(certificate.id))
    } catch (error) {
      // Another request issued the same certificate a moment ago: it queued its job.
      if (!isUniqueViolation(error)) throw error
    }
  }
  for (const certificate of queue) {
    await req.payload.jobs.queue({ input: { certificate }, req, task: 'generateCertificate' })
  }
  return { created, queued: queue.length, skippedRevoked }
}
