import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import type { ContestKitEnv } from '../../src/config/env'

import { isCommittee } from '../../access'
import { findAllAsServer } from '../../src/db/findAllAsServer'
import { QUOTA_WINDOW_MS, uploadQuotaVerdict } from '../../src/domain/uploadQuota'

/**
 * Each account uploads at most ATTACHMENT_DAILY_FILES files and ATTACHMENT_DAILY_MB in any
 * 24 hours (src/domain/uploadQuota.ts); the committee is exempt. Runs after the file was
 * checked and re-encoded, so the size counted is the size stored. A 429 says when to retry.
 * Two uploads at the same instant may both fit the last place: the allowance is a brake on
 * filling the disk, not an exact count.
 */
export const enforceUploadQuota: CollectionBeforeOperationHook<'attachments'> = async ({ args, operation, req }) => {
  const user = req.user
  if (operation !== 'create' || !req.file || !user || isCommittee(user)) return args
  const quota = req.payload.config.custom?.attachmentQuota as ContestKitEnv['attachmentQuota']
  const now = new Date()
  const docs = await findAllAsServer(req, 'attachments', {
    select: { createdAt: true, filesize: true },
    where: {
      and: [{ owner: { equals: user.id } }, { createdAt: { greater_than: new Date(now.getTime() - QUOTA_WINDOW_MS).toISOString() } }],
    },
  })
  const recent = docs.map((doc) => ({ bytes: doc.filesize ?? 0, createdAt: new Date(doc.createdAt) }))
  const refusal = uploadQuotaVerdict(recent, req.file.size ?? req.file.data.byteLength, quota, now)
  if (!refusal) return args
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(Math.max(1, Math.ceil((refusal.resetsAt.getTime() - now.getTime()) / 1000))))
  throw new APIError(refusal.message, 429, null, true)
}
