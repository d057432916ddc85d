import type { Payload } from 'payload'

import crypto from 'node:crypto'

import { HOLDING_STATUSES, institutionKey, type RegistrationStatus, teamNameKey } from '../src/domain/registration'
import { insertRows, newId } from './insertRows'

/**
 * Inserts many registrations at once, straight into the database, for benchmarks: through
 * Payload's REST API a registration takes tens of milliseconds (hooks, locks, uploads), so
 * 20,000 would take the better part of an hour; batched inserts take seconds.
 *
 * Rows are what Payload itself would store (`members` members each, default one, whose student card is
 * `studentCard`; unique place, team and code keys), with a fixed spread of statuses and two fee
 * waves, created evenly over the last `overDays` days. Nothing runs that Payload would run on
 * create (no hooks, no emails, no versions): these rows are for reading.
 *
 * Batches of 1,000 (bench/insertRows.ts): multi-row INSERTs into `registrations` and
 * `registrations_members` on SQLite and PostgreSQL, `insertMany` on MongoDB.
 */
export type SeedOptions = {
  competitionId: string
  count: number
  /** Members per team (default 1), the first being the leader. */
  members?: number
  /** Spread creation times over this many days before now. */
  overDays?: number
  /** Registrations are numbered from here (to seed one competition twice). */
  startAt?: number
  studentCard: string
}

export type SeededTeam = { id: string; institution: string; status: RegistrationStatus }

/** Out of every 20 teams: 10 verified, 4 pending, 1 needs revision, 1 rejected, 1 withdrawn, 3 waitlisted. */
const STATUS_CYCLE: RegistrationStatus[] = [
  ...Array<RegistrationStatus>(10).fill('verified'),
  ...Array<RegistrationStatus>(4).fill('pending'),
  'needs-revision',
  'rejected',
  'withdrawn',
  ...Array<RegistrationStatus>(3).fill('waitlisted'),
]
export const statusOf = (index: number): RegistrationStatus => STATUS_CYCLE[index % STATUS_CYCLE.length]
/** The first half registered in the early-bird wave. */
export const feeOf = (index: number, count: number): number => (index < count / 2 ? 50_000 : 100_000)
/** Forty institutions, so that judges from one of them have teams to stay away from. */
export const institutionOf = (index: number): string => `Universitas Bench ${index % 40}`

const DAY = 24 * 60 * 60 * 1000

export const seedRegistrations = async (payload: Payload, options: SeedOptions): Promise<SeededTeam[]> => {
  const { competitionId, count, members = 1, overDays = 60, startAt = 0, studentCard } = options
  const now = Date.now()
  let place = 0
  const rows = Array.from({ length: count }, (_, offset) => {
    const index = startAt + offset
    const status = statusOf(index)
    const createdAt = new Date(now - ((count - offset) * overDays * DAY) / count).toISOString()
    const teamName = `Bench Team ${index}`
    const code = `BENCH-${String(index + 1).padStart(5, '0')}`
    return {
      code,
      codeNumber: index + 1,
      competition: competitionId,
      createdAt,
      feeDue: feeOf(offset, count),
      id: newId(payload),
      institution: institutionOf(index),
      institutionKey: institutionKey(institutionOf(index)),
      members: Array.from({ length: members }, (_, member) => ({
        email: `bench-${competitionId.slice(0, 8)}-${index}${member ? `-${member}` : ''}@example.test`,
        name: member ? `Anggota ${member} Zoë ${index}` : `Member ${index}`,
        studentCard,
        studentId: `NIM${index}${member ? `-${member}` : ''}`,
      })),
      placeKey: HOLDING_STATUSES.includes(status) ? `${competitionId}:${++place}` : `released:${crypto.randomUUID()}`,
      status,
      teamKey: `${competitionId}:${teamNameKey(teamName)}`,
      teamName,
      updatedAt: createdAt,
    }
  })

  await insertRows(payload, 'registrations', rows, {
    arrays: { members: (row) => row.members },
    dates: ['createdAt', 'updatedAt'],
    relationships: ['competition', 'members.studentCard'],
  })
  return rows.map(({ id, institution, status }) => ({ id, institution, status }))
}
