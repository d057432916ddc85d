import { describe, expect, it } from 'vitest'

import { auditChanges, type AuditedAspect, auditSnapshotOf, sameAuditValue, stageResultChanges } from '../../src/domain/audit'
import { auditTrailWords, describeAuditValue } from '../../src/i18n/auditTrail'

const REVIEW: AuditedAspect = {
  action: ({ changed }) => (changed.includes('status') ? 'status-changed' : 'review-note-changed'),
  fields: ['status', 'reviewNote'],
  with: ['reviewedBy'],
}
const TEAM: AuditedAspect = { action: 'team-changed', fields: ['teamName', 'members'] }

describe('auditChanges: one change per aspect that differs', () => {
  const before = { members: [{ email: 'a@x.test', name: 'A' }], reviewedBy: null, reviewNote: null, status: 'pending', teamName: 'Kopi' }

  it('nothing changed, nothing recorded', () => {
    expect(auditChanges(before, { ...before }, [REVIEW, TEAM])).toEqual([])
  })

  it('records only the fields that changed, plus the context fields, before and after', () => {
    const after = { ...before, reviewedBy: 'u1', reviewNote: 'KTM blurry', status: 'needs-revision' }
    expect(auditChanges(before, after, [REVIEW, TEAM])).toEqual([
      {
        action: 'status-changed',
        after: { reviewedBy: 'u1', reviewNote: 'KTM blurry', status: 'needs-revision' },
        before: { reviewedBy: null, reviewNote: null, status: 'pending' },
      },
    ])
  })

  it('the action may depend on what changed: a note alone is not a status change', () => {
    const [change] = auditChanges(before, { ...before, reviewNote: 'Checked' }, [REVIEW])
    expect(change.action).toBe('review-note-changed')
    expect(change.before).toEqual({ reviewedBy: null, reviewNote: null })
    expect(change.after).toEqual({ reviewedBy: null, reviewNote: 'Checked' })
  })

  it('one event per aspect, in the aspects’ order', () => {
    const after = { ...before, members: [{ email: 'b@x.test', name: 'B' }], status: 'withdrawn' }
    expect(auditChanges(before, after, [REVIEW, TEAM]).map((change) => change.action)).toEqual(['status-changed', 'team-changed'])
  })

  it('compares deeply: key order, undefined and null do not count as changes; array order does', () => {
    expect(sameAuditValue({ a: 1, b: [1, { c: null }] }, { b: [1, { c: undefined }], a: 1 })).toBe(true)
    expect(sameAuditValue(undefined, null)).toBe(true)
    expect(sameAuditValue([1, 2], [2, 1])).toBe(false)
    expect(sameAuditValue(0, null)).toBe(false)
    expect(sameAuditValue('', null)).toBe(false)
    expect(auditChanges({ teamName: 'Kopi' }, { members: undefined, teamName: 'Kopi' }, [TEAM])).toEqual([])
  })

  it('a missing field reads as null in the record', () => {
    expect(auditChanges({}, { teamName: 'Kopi' }, [TEAM])).toEqual([
      { action: 'team-changed', after: { teamName: 'Kopi' }, before: { teamName: null } },
    ])
  })
})

describe('auditSnapshotOf', () => {
  it('picks the fields shown when a document is created', () => {
    expect(auditSnapshotOf({ feeDue: 0, secret: 'x', status: 'pending' }, ['status', 'feeDue', 'missing'])).toEqual({
      feeDue: 0,
      missing: null,
      status: 'pending',
    })
  })
})

describe('stageResultChanges: results published or withdrawn, per stage', () => {
  it('finds each stage whose results changed, matched by key', () => {
    const before = [
      { key: 'preliminary', resultsPublished: false },
      { key: 'final', resultsPublished: true },
    ]
    const after = [
      { key: 'final', resultsPublished: false },
      { key: 'preliminary', resultsPublished: true },
    ]
    expect(stageResultChanges(before, after)).toEqual([
      { published: false, stage: 'final' },
      { published: true, stage: 'preliminary' },
    ])
  })

  it('no change, nothing; a new stage counts only when added already published; null reads as unpublished', () => {
    expect(stageResultChanges([{ key: 'a', resultsPublished: null }], [{ key: 'a', resultsPublished: false }])).toEqual([])
    expect(stageResultChanges(null, [{ key: 'a' }, { key: 'b', resultsPublished: true }])).toEqual([{ published: true, stage: 'b' }])
    expect(stageResultChanges([{ key: 'a', resultsPublished: true }], [])).toEqual([])
  })
})

describe('describeAuditValue: how a recorded value reads in the timeline', () => {
  const names = new Map([['user-1', 'Budi Panitia']])

  it('statuses by name in the panel’s language, fees in rupiah, nothing as a dash', () => {
    expect(describeAuditValue('status', 'needs-revision', auditTrailWords('en'), names)).toBe('Needs revision')
    expect(describeAuditValue('status', 'needs-revision', auditTrailWords('id'), names)).toBe('Perlu perbaikan')
    expect(describeAuditValue('feeDue', 150000, auditTrailWords('en'), names)).toBe('Rp150.000')
    for (const empty of [null, undefined, '']) expect(describeAuditValue('reviewNote', empty, auditTrailWords('en'), names)).toBe('—')
  })

  it('accounts by name where known, else a short id; members by name, email and NIM', () => {
    const words = auditTrailWords('en')
    expect(describeAuditValue('reviewedBy', 'user-1', words, names)).toBe('Budi Panitia')
    expect(describeAuditValue('reviewedBy', '0123456789abcdef', words, names)).toBe('01234567')
    expect(
      describeAuditValue(
        'members',
        [{ email: 'siti@ui.ac.id', name: 'Siti', studentCard: 'abcdef123456', studentId: '2206' }],
        words,
        names,
      ),
    ).toBe('Siti <siti@ui.ac.id> · 2206 · file abcdef12')
    expect(describeAuditValue('progress', ['semifinal', 'final'], words, names)).toBe('semifinal, final')
  })
})
