import { describe, expect, it } from 'vitest'

import { isPublished, teamInAudience } from '../../src/domain/announcements'
import {
  isReminderDue,
  judgingClosingReminders,
  registrationClosingReminders,
  reminderKey,
  type ReminderTeam,
  submissionClosingReminders,
} from '../../src/domain/reminders'

const HOUR = 3_600_000
const now = new Date('2026-11-28T12:00:00Z')
const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString()

const team = (id: string, status: string, extra: Partial<ReminderTeam> = {}): ReminderTeam => ({
  accounts: [`${id}-leader`, `${id}-member`],
  id,
  status,
  ...extra,
})

const users = (reminders: { user: string }[]) => reminders.map((reminder) => reminder.user).sort()

describe('isReminderDue', () => {
  it('is due from 24 hours before the deadline until the deadline, not after', () => {
    expect(isReminderDue(at(25), now)).toBe(false)
    expect(isReminderDue(at(24), now)).toBe(true)
    expect(isReminderDue(at(1), now)).toBe(true)
    expect(isReminderDue(at(0), now)).toBe(false)
    expect(isReminderDue(at(-1), now)).toBe(false)
    expect(isReminderDue(null, now)).toBe(false)
  })
})

describe('registrationClosingReminders', () => {
  const teams = [
    team('pending', 'pending'),
    team('revise', 'needs-revision', { accounts: ['revise-leader'] }),
    team('verified', 'verified'),
    team('withdrawn', 'withdrawn'),
    team('rejected', 'rejected'),
    team('waitlisted', 'waitlisted'),
  ]

  it('reminds every account of teams still pending or asked to revise, within 24 h of the close', () => {
    const due = registrationClosingReminders({ id: 'c1', registrationClosesAt: at(12) }, teams, now)
    expect(users(due)).toEqual(['pending-leader', 'pending-member', 'revise-leader'])
    expect(due.every((reminder) => reminder.kind === 'registration-closing' && reminder.competition === 'c1')).toBe(true)
    expect(due[0].deadline).toBe(at(12))
  })

  it('reminds nobody earlier, or once registration has closed', () => {
    expect(registrationClosingReminders({ id: 'c1', registrationClosesAt: at(30) }, teams, now)).toEqual([])
    expect(registrationClosingReminders({ id: 'c1', registrationClosesAt: at(-1) }, teams, now)).toEqual([])
  })

  it('reminds a person on a team once, even if listed twice', () => {
    const twice = [team('a', 'pending', { accounts: ['same', 'same'] })]
    expect(users(registrationClosingReminders({ id: 'c1', registrationClosesAt: at(2) }, twice, now))).toEqual(['same'])
  })
})

describe('submissionClosingReminders', () => {
  const competition = {
    id: 'c1',
    registrationClosesAt: at(-100),
    stages: [
      { closesAt: at(10), eligibility: 'all-verified', key: 'prelim', name: 'Preliminary' },
      { closesAt: at(20), eligibility: 'advanced', key: 'final', name: 'Final' },
      { closesAt: at(200), eligibility: 'all-verified', key: 'later', name: 'Later' },
    ],
  }
  const teams = [
    team('done', 'verified', { progress: [{ stage: 'final' }] }),
    team('idle', 'verified'),
    team('finalist', 'verified', { progress: [{ stage: 'final' }] }),
    team('pending', 'pending'),
    team('gone', 'withdrawn', { progress: [{ stage: 'final' }] }),
  ]
  const submitted = [
    { registration: 'done', stage: 'prelim' },
    { registration: 'done', stage: 'final' },
    { registration: 'finalist', stage: 'prelim' },
  ]

  it('reminds eligible verified teams that have not submitted to a stage closing within 24 h', () => {
    const due = submissionClosingReminders(competition, teams, submitted, now)
    expect(
      due
        .filter((r) => r.stage === 'prelim')
        .map((r) => r.user)
        .sort(),
    ).toEqual(['idle-leader', 'idle-member'])
    // "final" is for advanced teams only: the finalist that has not submitted there, not "idle".
    expect(
      due
        .filter((r) => r.stage === 'final')
        .map((r) => r.user)
        .sort(),
    ).toEqual(['finalist-leader', 'finalist-member'])
    expect(due.some((r) => r.stage === 'later')).toBe(false)
  })
})

describe('judgingClosingReminders', () => {
  const competition = {
    id: 'c1',
    registrationClosesAt: at(-100),
    stages: [
      { closesAt: at(-50), judgingClosesAt: at(6), key: 'prelim' },
      { closesAt: at(-50), judgingClosesAt: null, key: 'nodeadline' },
    ],
  }
  const teams = [
    team('ugm', 'verified', { institutionKey: 'universitasgadjahmada' }),
    team('itb', 'verified', { institutionKey: 'itb' }),
    team('gone', 'withdrawn', { institutionKey: 'its' }),
  ]
  const submissions = [
    { id: 's-ugm', registration: 'ugm', stage: 'prelim' },
    { id: 's-itb', registration: 'itb', stage: 'prelim' },
    { id: 's-gone', registration: 'gone', stage: 'prelim' },
    { id: 's-other', registration: 'itb', stage: 'nodeadline' },
  ]
  const judges = [{ id: 'idle' }, { id: 'done' }, { id: 'half', institution: 'Universitas  Gadjah Mada' }, { id: 'declared' }]
  const scores = [
    { judge: 'done', submission: 's-ugm' },
    { judge: 'done', submission: 's-itb' },
    { judge: 'half', submission: 's-itb' },
    { judge: 'declared', submission: 's-ugm' },
  ]
  const conflicts = [{ judge: 'declared', registration: 'itb' }]

  it('reminds judges with an eligible submission they may score and have not', () => {
    const due = judgingClosingReminders(competition, judges, teams, submissions, scores, conflicts, now)
    // "half" scored ITB and is in conflict with UGM (own institution); "declared" scored UGM and declared ITB.
    expect(users(due)).toEqual(['idle'])
    expect(due[0]).toMatchObject({ kind: 'judging-closing', stage: 'prelim' })
  })

  it('reminds nobody before the last day or without a judging deadline', () => {
    expect(
      judgingClosingReminders(competition, judges, teams, submissions, scores, conflicts, new Date(now.getTime() - 48 * HOUR)),
    ).toEqual([])
  })
})

describe('reminderKey', () => {
  it('names kind, competition, stage and person', () => {
    expect(reminderKey({ competition: 'c', kind: 'submission-closing', stage: 's', user: 'u' })).toBe('submission-closing:c:s:u')
    expect(reminderKey({ competition: 'c', kind: 'registration-closing', user: 'u' })).toBe('registration-closing:c:-:u')
  })
})

describe('announcement audiences', () => {
  it('places teams by status and progress', () => {
    const verified = { progress: [{ stage: 'final' }], status: 'verified' }
    expect(teamInAudience('registered', null, { status: 'pending' })).toBe(true)
    expect(teamInAudience('registered', null, { status: 'waitlisted' })).toBe(true)
    expect(teamInAudience('registered', null, { status: 'withdrawn' })).toBe(false)
    expect(teamInAudience('public', null, { status: 'rejected' })).toBe(false)
    expect(teamInAudience('verified', null, { status: 'pending' })).toBe(false)
    expect(teamInAudience('verified', null, verified)).toBe(true)
    expect(teamInAudience('advanced', 'final', verified)).toBe(true)
    expect(teamInAudience('advanced', 'semifinal', verified)).toBe(false)
    expect(teamInAudience('advanced', 'final', { ...verified, status: 'withdrawn' })).toBe(false)
    expect(teamInAudience('judges', null, verified)).toBe(false)
  })

  it('is published once its time has come', () => {
    expect(isPublished({ publishAt: at(-1) }, now)).toBe(true)
    expect(isPublished({ publishAt: now.toISOString() }, now)).toBe(true)
    expect(isPublished({ publishAt: at(1) }, now)).toBe(false)
    expect(isPublished({ publishAt: null }, now)).toBe(false)
  })
})
