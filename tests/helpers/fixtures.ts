import type { Competition } from '../../src/payload-types'

const DAY = 24 * 60 * 60 * 1000
export const daysFromNow = (days: number): string => new Date(Date.now() + days * DAY).toISOString()

let counter = 0

/** A valid competition body, open for registration now; override what a test is about. */
export const competitionData = (overrides: Partial<Competition> = {}): Partial<Competition> => {
  counter += 1
  return {
    category: 'hackathon',
    fee: 100000,
    quota: 10,
    registrationClosesAt: daysFromNow(7),
    registrationOpensAt: daysFromNow(-1),
    stages: [
      { closesAt: daysFromNow(14), key: 'preliminary', name: 'Preliminary', opensAt: daysFromNow(8) },
      { closesAt: daysFromNow(30), key: 'final', name: 'Final', opensAt: daysFromNow(20) },
    ],
    summary: 'A test competition',
    teamSize: { max: 3, min: 1 },
    title: `Test Competition ${counter} ${Math.random().toString(36).slice(2, 7)}`,
    ...overrides,
  }
}
