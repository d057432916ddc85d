import type { TestApp } from './app'

export { richText } from '../../src/shared/richText'

/** Waits until the job queue has nothing left to run now (queued emails delivered or given up). */
export const settleJobs = async (app: TestApp, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { totalDocs } = await app.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { taskSlug: { in: ['sendEmail', 'sendAnnouncement'] } },
        ],
      },
    })
    if (totalDocs === 0) return
    if (Date.now() > deadline) throw new Error(`${totalDocs} job(s) still waiting after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
