import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'

import {
  alreadyCheckedInMessage,
  attendance,
  normaliseTicketCode,
  onSiteStageKeys,
  planTicketSync,
  TICKET_CODE_LENGTH,
  ticketCodeFrom,
  ticketsWanted,
} from '../../src/domain/checkIn'

describe('ticket codes', () => {
  it('are 20 Crockford base32 characters (100 random bits) in groups of five, different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => ticketCodeFrom(crypto.randomBytes(20))))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/)
    expect(TICKET_CODE_LENGTH * Math.log2(32)).toBeGreaterThanOrEqual(80)
  })

  it('use every byte value evenly (the low five bits), so no character is likelier than another', () => {
    expect(ticketCodeFrom(Uint8Array.from({ length: 20 }, (_, i) => i))).toBe('01234-56789-ABCDE-FGHJK')
    expect(ticketCodeFrom(Uint8Array.from({ length: 20 }, (_, i) => 32 + i))).toBe('01234-56789-ABCDE-FGHJK')
    expect(() => ticketCodeFrom(new Uint8Array(10))).toThrow(/20 random bytes/)
  })

  it('read back whatever a person typed: case, spaces, dashes and lookalikes (O→0, I/L→1); a scanned ?code= address too', () => {
    const code = '7K2QD-M9XAB-10TRS-VWXYZ'
    expect(normaliseTicketCode(code)).toBe(code)
    expect(normaliseTicketCode(' 7k2qd m9xab lOtrs vwxyz ')).toBe(code)
    expect(normaliseTicketCode('7K2QDM9XABI0TRSVWXYZ')).toBe(code)
    expect(normaliseTicketCode(`https://example.test/admin/check-in?code=${code}&x=1`)).toBe(code)
  })

  it('refuse what cannot be a code: too short, too long, U and other letters outside the alphabet', () => {
    for (const bad of ['', '7K2QD', '7K2QD-M9XAB-10TRS-VWXYZ-0', '7K2QD-M9XAB-10TRS-VWXYU', '7K2QD-M9XAB-10TRS-VWXY!']) {
      expect(normaliseTicketCode(bad)).toBeNull()
    }
  })
})

describe('who gets a ticket', () => {
  const team = {
    leader: 'u1',
    members: [
      { name: 'Ayu', user: 'u1' },
      { name: 'Budi', user: 'u2' },
      { name: 'Citra (not joined yet)', user: null },
    ],
    progress: [{ stage: 'semifinal' }, { stage: 'final' }],
    status: 'verified',
  }

  it('every bound account of a verified team, once per on-site stage it was advanced into; never a member who has not accepted', () => {
    expect(ticketsWanted(team, ['final'])).toEqual([
      { name: 'Ayu', stage: 'final', user: 'u1' },
      { name: 'Budi', stage: 'final', user: 'u2' },
    ])
    expect(ticketsWanted(team, ['semifinal', 'final'])).toHaveLength(4)
  })

  it('nobody for stages not on site, stages not advanced into, or a team no longer verified', () => {
    expect(ticketsWanted(team, [])).toEqual([])
    expect(ticketsWanted(team, ['preliminary'])).toEqual([])
    for (const status of ['rejected', 'withdrawn', 'pending']) expect(ticketsWanted({ ...team, status }, ['final'])).toEqual([])
  })

  it('the leader is member one even when the row names no account', () => {
    expect(ticketsWanted({ ...team, members: [{ name: 'Ayu', user: null }] }, ['final'])).toEqual([
      { name: 'Ayu', stage: 'final', user: 'u1' },
    ])
  })

  it('on-site stages are the flagged ones', () => {
    expect(onSiteStageKeys([{ key: 'a' }, { key: 'b', onSite: true }, { key: 'c', onSite: false }])).toEqual(['b'])
    expect(onSiteStageKeys(null)).toEqual([])
  })
})

describe('keeping tickets in step', () => {
  it('creates what is missing, renames, removes what nobody should hold, and keeps a ticket already used', () => {
    const plan = planTicketSync(
      [
        { name: 'Ayu', stage: 'final', user: 'u1' },
        { name: 'Budi Santoso', stage: 'final', user: 'u2' },
        { name: 'Dewi', stage: 'final', user: 'u4' },
      ],
      [
        { id: 't1', name: 'Ayu', stage: 'final', user: 'u1' },
        { id: 't2', name: 'Budi', stage: 'final', user: 'u2' },
        { id: 't3', name: 'Citra', stage: 'final', user: 'u3' },
        { checkedInAt: '2026-11-28T02:12:00.000Z', id: 't5', name: 'Eka', stage: 'final', user: 'u5' },
      ],
    )
    expect(plan).toEqual({
      create: [{ name: 'Dewi', stage: 'final', user: 'u4' }],
      remove: ['t3'],
      rename: [{ id: 't2', name: 'Budi Santoso' }],
    })
  })

  it('changes nothing the second time', () => {
    const wanted = [{ name: 'Ayu', stage: 'final', user: 'u1' }]
    expect(planTicketSync(wanted, [{ id: 't1', name: 'Ayu', stage: 'final', user: 'u1' }])).toEqual({ create: [], remove: [], rename: [] })
  })
})

describe('a second scan and the list', () => {
  it('says when (WIB, time first) and by whom', () => {
    expect(alreadyCheckedInMessage('Ayu', '2026-11-28T02:12:00.000Z', 'Rina')).toBe(
      'Ayu is already checked in at 09:12 WIB, 28 Nov 2026 by Rina.',
    )
    expect(alreadyCheckedInMessage('', '2026-11-28T02:12:00.000Z', null)).toBe(
      'This person is already checked in at 09:12 WIB, 28 Nov 2026.',
    )
  })

  it('splits who is in from who is missing, ordered by team then name', () => {
    const row = (name: string, teamName: string, checkedInAt: null | string = null) => ({
      checkedInAt,
      name,
      registrationCode: teamName,
      teamName,
    })
    const { checkedIn, missing } = attendance([row('Budi', 'Beta'), row('Ayu', 'Beta', 'x'), row('Zed', 'Alpha'), row('Ani', 'Alpha', 'y')])
    expect(checkedIn.map((each) => each.name)).toEqual(['Ani', 'Ayu'])
    expect(missing.map((each) => each.name)).toEqual(['Zed', 'Budi'])
  })
})
