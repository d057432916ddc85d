import type { TaskConfig } from 'payload'

import type { ContestKitEnv } from '../config/env'

import { recordDelivery } from '../announcements/deliveries'
import { findAllAsServer, findByIdAsServer } from '../db/findAllAsServer'
import { deliverEmail } from '../email/adapter'
import { announcementEmail } from '../email/announcementEmails'
import { idOf } from '../shared/idOf'

/** Tries per email: 2 s, 4 s, 8 s, 16 s, 32 s apart; after the last the delivery counts as failed. */
export const ANNOUNCEMENT_ATTEMPTS = 5

/**
 * Emails one announcement to one recipient, then marks their delivery sent (or, after the last
 * failed attempt, failed) and recounts the announcement. A delivery that is no longer queued
 * (sent by an earlier run, or its announcement deleted) sends nothing: one email per person.
 */
export const sendAnnouncementTask = (env: Pick<ContestKitEnv, 'emailFrom' | 'serverUrl' | 'smtp'>): TaskConfig<'sendAnnouncement'> => ({
  slug: 'sendAnnouncement',
  handler: async ({ input, job, req }) => {
    const [delivery] = await findAllAsServer(req, 'announcement-deliveries', {
      select: { announcement: true, status: true },
      where: { and: [{ announcement: { equals: input.announcementId } }, { user: { equals: input.userId } }] },
    })
    if (!delivery || delivery.status !== 'queued') return { output: {} }
    const row = { announcement: idOf(delivery.announcement) as string, id: String(delivery.id) }
    const announcement = await findByIdAsServer(req, 'announcements', input.announcementId)
    const recipient = await findByIdAsServer(req, 'users', input.userId)
    const competition = announcement ? await findByIdAsServer(req, 'competitions', idOf(announcement.competition) as string) : null
    if (!announcement || !recipient || !competition) {
      await recordDelivery(req, row, 'failed')
      return { output: {} }
    }
    const message = announcementEmail({
      body: announcement.body,
      competitionTitle: competition.title,
      name: recipient.name,
      serverUrl: env.serverUrl,
      title: announcement.title,
    })
    try {
      await deliverEmail(req.payload, env, { ...message, to: recipient.email })
    } catch (error) {
      // totalTried counts the attempts before this one; Payload gives up after ANNOUNCEMENT_ATTEMPTS retries.
      if ((job.totalTried ?? 0) >= ANNOUNCEMENT_ATTEMPTS) await recordDelivery(req, row, 'failed')
      throw error
    }
    await recordDelivery(req, row, 'sent')
    return { output: {} }
  },
  inputSchema: [
    { name: 'announcementId', type: 'text', required: true },
    { name: 'userId', type: 'text', required: true },
  ],
  label: 'Send an announcement',
  retries: { attempts: ANNOUNCEMENT_ATTEMPTS, backoff: { delay: 2000, type: 'exponential' } },
})
