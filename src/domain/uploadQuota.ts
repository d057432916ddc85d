/**
 * A per-account daily allowance for private uploads (issue 8 item 9): at most `files` files and
 * `bytes` bytes in any 24 hours. Rolling, so an allowance frees up one day after each upload.
 */
export type UploadQuota = { bytes: number; files: number }
export type RecentUpload = { bytes: number; createdAt: Date }

export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/**
 * Null when a new file of `fileBytes` fits in the allowance; otherwise when enough frees up to
 * try again (the moment the oldest counted upload leaves the window) and a sentence saying so.
 */
export const uploadQuotaVerdict = (
  recent: readonly RecentUpload[],
  fileBytes: number,
  quota: UploadQuota,
  now: Date,
): null | { message: string; resetsAt: Date } => {
  const inWindow = recent.filter((upload) => now.getTime() - upload.createdAt.getTime() < QUOTA_WINDOW_MS)
  const used = inWindow.reduce((sum, upload) => sum + upload.bytes, 0)
  if (inWindow.length + 1 <= quota.files && used + fileBytes <= quota.bytes) return null
  const oldest = Math.min(...inWindow.map((upload) => upload.createdAt.getTime()), now.getTime())
  const resetsAt = new Date(oldest + QUOTA_WINDOW_MS)
  const allowance = `${quota.files} files or ${megabytes(quota.bytes)} in 24 hours`
  const usage = `You have uploaded ${inWindow.length} ${inWindow.length === 1 ? 'file' : 'files'} (${megabytes(used)}) in the last 24 hours`
  if (inWindow.length === 0) {
    return {
      message: `This file (${megabytes(fileBytes)}) is larger than the upload allowance of ${megabytes(quota.bytes)} in 24 hours; upload a smaller file.`,
      resetsAt,
    }
  }
  return {
    message: `${usage}; the allowance is ${allowance}. You can upload again after ${resetsAt.toISOString().replace('T', ' ').slice(0, 16)} UTC.`,
    resetsAt,
  }
}
