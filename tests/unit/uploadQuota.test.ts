import { describe, expect, it } from 'vitest'

import { QUOTA_WINDOW_MS, uploadQuotaVerdict } from '../../src/domain/uploadQuota'

const MB = 1024 * 1024
const now = new Date('2026-03-01T12:00:00Z')
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000)
const quota = { bytes: 10 * MB, files: 3 }

describe('uploadQuotaVerdict', () => {
  it('lets a file through while both the count and the bytes fit', () => {
    expect(uploadQuotaVerdict([], MB, quota, now)).toBeNull()
    expect(
      uploadQuotaVerdict(
        [
          { bytes: 4 * MB, createdAt: hoursAgo(1) },
          { bytes: 4 * MB, createdAt: hoursAgo(2) },
        ],
        2 * MB,
        quota,
        now,
      ),
    ).toBeNull()
  })

  it('refuses the file past the count, resetting 24 hours after the oldest counted upload', () => {
    const recent = [hoursAgo(20), hoursAgo(5), hoursAgo(1)].map((createdAt) => ({ bytes: 1000, createdAt }))
    const verdict = uploadQuotaVerdict(recent, 1000, quota, now)
    expect(verdict?.resetsAt).toEqual(new Date(hoursAgo(20).getTime() + QUOTA_WINDOW_MS))
    expect(verdict?.message).toBe(
      'You have uploaded 3 files (0 MB) in the last 24 hours; the allowance is 3 files or 10 MB in 24 hours. You can upload again after 2026-03-01 16:00 UTC.',
    )
  })

  it('refuses the file that would pass the bytes; uploads older than 24 hours no longer count', () => {
    expect(uploadQuotaVerdict([{ bytes: 9 * MB, createdAt: hoursAgo(3) }], 2 * MB, quota, now)?.message).toMatch(/1 file \(9 MB\)/)
    expect(uploadQuotaVerdict([{ bytes: 9 * MB, createdAt: hoursAgo(25) }], 2 * MB, quota, now)).toBeNull()
  })

  it('a single file larger than the whole allowance is told so, not to wait', () => {
    expect(uploadQuotaVerdict([], 11 * MB, quota, now)?.message).toMatch(
      /larger than the upload allowance of 10 MB in 24 hours; upload a smaller file/,
    )
  })
})
