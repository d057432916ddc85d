import type { PayloadRequest, Where } from 'payload'

import type { Competition } from '../payload-types'

import { teamAccountsOf } from '../../access/teams'
import { findAllAsServer } from '../db/findAllAsServer'
import { inTransaction } from '../db/inTransaction'
import {
  type DueReminder,
  judgingClosingReminders,
  registrationClosingReminders,
  REMINDER_LEAD_MS,
  reminderKey,
  type ReminderTeam,
  submissionClosingReminders,
} from '../domain/reminders'
import { queueEmail } from '../email/adapter'
import { reminderEmail } from '../email/reminderEmails'
import { idOf } from '../shared/idOf'

const ids = (values: unknown[] | null | undefined): string[] => (values ?? []).map(idOf).filter((id): id is string => Boolean(id))

/** Deadlines inside (now, now + 24 h]: a clause per date field. */
const dueWithin = (field: string, now: Date): Where => ({
  and: [
    { [field]: { greater_than: now.toISOString() } },
    { [field]: { less_than_equal: new Date(now.getTime() + REMINDER_LEAD_MS).toISOString() } },
  ],
})

/** The reminders due now for one competition, from facts read as the server. */
const dueFor = async (
  req: PayloadRequest,
  competition: Pick<Competition, 'id' | 'judges' | 'registrationClosesAt' | 'stages'>,
  now: Date,
): Promise<DueReminder[]> => {
  const facts = { ...competition, id: String(competition.id) }
  const registrations = await findAllAsServer(req, 'registrations', {
    select: { institutionKey: true, leader: true, members: true, progress: true, status: true },
    where: { competition: { equals: facts.id } },
  })
  const teams: ReminderTeam[] = registrations.map((registration) => ({
    accounts: teamAccountsOf(registration),
    id: String(registration.id),
    institutionKey: registration.institutionKey,
    progress: registration.progress,
    status: registration.status,
  }))
  const submissions = (
    await findAllAsServer(req, 'submissions', { select: { registration: true, stage: true }, where: { competition: { equals: facts.id } } })
  ).map((submission) => ({ id: String(submission.id), registration: idOf(submission.registration) as string, stage: submission.stage }))
  const due = [...registrationClosingReminders(facts, teams, now), ...submissionClosingReminders(facts, teams, submissions, now)]
  const judgeIds = ids(competition.judges)
  if (judgeIds.length > 0 && (competition.stages ?? []).some((stage) => stage.judgingClosesAt)) {
    const judges = await findAllAsServer(req, 'users', { select: { institution: true }, where: { id: { in: judgeIds } } })
    const scores = await findAllAsServer(req, 'scores', {
      select: { judge: true, submission: true },
      where: { competition: { equals: facts.id } },
    })
    const conflicts = await findAllAsServer(req, 'conflicts', {
      select: { judge: true, registration: true },
      where: { judge: { in: judgeIds } },
    })
    due.push(
      ...judgingClosingReminders(
        facts,
        judges.map((judge) => ({ id: String(judge.id), institution: judge.institution })),
        teams,
        submissions,
        scores.map((score) => ({ judge: idOf(score.judge) as string, submission: idOf(score.submission) as string })),
        conflicts.map((conflict) => ({ judge: idOf(conflict.judge) as string, registration: idOf(conflict.registration) as string })),
        now,
      ),
    )
  }
  return due
}

/**
 * Sends every reminder due at `now` that was not sent before. For each: insert its
 * `reminder-deliveries` row (unique key) and queue its email, in one small transaction; when the
 * insert meets the unique key (another sweep, here or on another instance, got there first) that
 * transaction rolls back and nothing is queued. Returns the reminders queued by this sweep.
 */
export const sweepReminders = async (req: PayloadRequest, now: Date, serverUrl: string): Promise<DueReminder[]> => {
  const competitions = await findAllAsServer(req, 'competitions', {
    select: { judges: true, registrationClosesAt: true, stages: true, title: true },
    where: {
      and: [
        { _status: { equals: 'published' } },
        { or: [dueWithin('registrationClosesAt', now), dueWithin('stages.closesAt', now), dueWithin('stages.judgingClosesAt', now)] },
      ],
    },
  })
  const queued: DueReminder[] = []
  for (const competition of competitions) {
    const due = await dueFor(req, competition, now)
    if (due.length === 0) continue
    const keys = due.map(reminderKey)
    const sent = new Set(
      (await findAllAsServer(req, 'reminder-deliveries', { select: { key: true }, where: { key: { in: keys } } })).map((row) => row.key),
    )
    const fresh = due.filter((reminder) => !sent.has(reminderKey(reminder)))
    if (fresh.length === 0) continue
    const people = new Map(
      (await findAllAsServer(req, 'users', { select: { email: true, name: true }, where: { id: { in: fresh.map((r) => r.user) } } })).map(
        (user) => [String(user.id), user],
      ),
    )
    for (const reminder of fresh) {
      const person = people.get(reminder.user)
      if (!person) continue
      const stage = (competition.stages ?? []).find((entry) => entry.key === reminder.stage)
      try {
        await inTransaction(req, async () => {
          await req.payload.create({
            collection: 'reminder-deliveries',
            data: {
              competition: competition.id,
              key: reminderKey(reminder),
              kind: reminder.kind,
              stage: reminder.stage,
              user: reminder.user,
            },
            depth: 0,
            overrideAccess: true,
            req,
          })
          const message = reminderEmail({
            competitionTitle: competition.title,
            deadline: reminder.deadline,
            kind: reminder.kind,
            name: person.name,
            serverUrl,
            stageName: stage?.name,
          })
          await queueEmail(req, { ...message, to: person.email })
        })
        queued.push(reminder)
      } catch (error) {
        // Most likely the unique key: another sweep sent this one. Anything else is retried next sweep.
        req.payload.logger.info({ err: error, msg: `Reminder ${reminderKey(reminder)} not queued (sent already, or retried next sweep).` })
      }
    }
  }
  return queued
}
