import { describe, expect, it } from 'vitest'

import { timelineAt, timelinePhases } from '../../src/domain/timeline'

const competition = {
  registrationClosesAt: '2026-03-15T00:00:00.000Z',
  registrationOpensAt: '2026-03-01T00:00:00.000Z',
  stages: [
    // Listed out of order on purpose: the timeline sorts by opening.
    { closesAt: '2026-05-01T00:00:00.000Z', key: 'final', name: 'Final', opensAt: '2026-04-20T00:00:00.000Z' },
    { closesAt: '2026-04-01T00:00:00.000Z', key: 'prelim', name: 'Preliminary', opensAt: '2026-03-10T00:00:00.000Z' },
  ],
}
const phases = timelinePhases(competition, 'Registration')
const at = (iso: string) => timelineAt(phases, new Date(iso))

describe('timelinePhases', () => {
  it('puts registration and the stages in opening order', () => {
    expect(phases.map((phase) => [phase.key, phase.kind])).toEqual([
      ['registration', 'registration'],
      ['stage-prelim', 'stage'],
      ['stage-final', 'stage'],
    ])
  })

  it('leaves out a window without both dates, and accepts Date objects', () => {
    const result = timelinePhases(
      {
        registrationClosesAt: null,
        registrationOpensAt: new Date('2026-03-01T00:00:00Z'),
        stages: [{ closesAt: new Date('2026-04-01T00:00:00Z'), key: 'a', name: 'A', opensAt: new Date('2026-03-20T00:00:00Z') }],
      },
      'Registration',
    )
    expect(result).toEqual([
      { closesAt: '2026-04-01T00:00:00.000Z', key: 'stage-a', kind: 'stage', name: 'A', opensAt: '2026-03-20T00:00:00.000Z' },
    ])
  })
})

describe('timelineAt', () => {
  it('before anything opens: every phase upcoming, now before the first', () => {
    expect(at('2026-02-01T00:00:00Z')).toEqual({ now: { at: 'before', index: 0 }, states: ['upcoming', 'upcoming', 'upcoming'] })
  })

  it('inside registration: current, with how far through it is', () => {
    expect(at('2026-03-08T00:00:00Z')).toEqual({
      now: { at: 'within', index: 0, progress: 0.5 },
      states: ['current', 'upcoming', 'upcoming'],
    })
  })

  it('overlapping windows are both current; now marks the first', () => {
    const result = at('2026-03-12T00:00:00Z')
    expect(result.states).toEqual(['current', 'current', 'upcoming'])
    expect(result.now).toMatchObject({ at: 'within', index: 0 })
  })

  it('between stages: now sits before the next one', () => {
    expect(at('2026-04-10T00:00:00Z')).toEqual({ now: { at: 'before', index: 2 }, states: ['past', 'past', 'upcoming'] })
  })

  it('a phase opens at its opening instant and closes at its closing instant', () => {
    expect(at('2026-04-20T00:00:00Z').states[2]).toBe('current')
    expect(at('2026-05-01T00:00:00Z').states[2]).toBe('past')
  })

  it('after everything: now after the last phase', () => {
    expect(at('2026-06-01T00:00:00Z')).toEqual({ now: { at: 'before', index: 3 }, states: ['past', 'past', 'past'] })
  })

  it('no phases: now at 0', () => {
    expect(timelineAt([], new Date())).toEqual({ now: { at: 'before', index: 0 }, states: [] })
  })
})
