import { describe, expect, it } from 'vitest'

import { parseFromAddress, withTextPart } from '../../src/email/adapter'
import { verificationEmailHtml } from '../../src/email/authEmails'
import { htmlToText } from '../../src/email/htmlToText'
import { advancementEmail, submissionReceiptEmail } from '../../src/email/judgingEmails'
import { escapeHtml } from '../../src/email/layout'

describe('email text parts', () => {
  it('keeps link addresses and paragraphs when turning HTML into text', () => {
    const text = htmlToText('<h1>Hello &amp; welcome</h1><p>First line</p><p><a href="https://x.example/a?b=1">Click</a></p>')
    expect(text).toBe('Hello & welcome\n\nFirst line\n\nClick (https://x.example/a?b=1)')
  })

  it('adds a text part only when none was given', () => {
    expect(withTextPart({ html: '<p>Hi</p>', to: 'a@b.c' }).text).toBe('Hi')
    expect(withTextPart({ html: '<p>Hi</p>', text: 'Own text', to: 'a@b.c' }).text).toBe('Own text')
  })

  it('the verification email links to /verify-email with the token, and escapes the name', () => {
    const html = verificationEmailHtml('https://contest.example', 'tok/en+1', { name: '<b>Rina</b>' })
    expect(html).toContain('https://contest.example/verify-email?token=tok%2Fen%2B1')
    expect(html).toContain(escapeHtml('<b>Rina</b>'))
    expect(html).not.toContain('<b>Rina</b>')
  })
})

describe('parseFromAddress', () => {
  it('reads "Name <address>" and a bare address', () => {
    expect(parseFromAddress('Find IT Committee <panitia@findit.example>')).toEqual({
      address: 'panitia@findit.example',
      name: 'Find IT Committee',
    })
    expect(parseFromAddress('noreply@x.example')).toEqual({ address: 'noreply@x.example', name: 'ContestKit' })
  })
})

describe('judging emails', () => {
  it('the receipt gives the server time in WIB and says when the work was late', () => {
    const onTime = submissionReceiptEmail({ late: false, name: 'Rina', stage: 'Preliminary', submittedAt: '2026-03-01T03:04:05Z' })
    expect(onTime.subject).toBe('Submission received: Preliminary')
    expect(htmlToText(onTime.html)).toContain('at 1 Mar 2026, 10:04:05 WIB.')
    const late = submissionReceiptEmail({ late: true, stage: 'Preliminary', submittedAt: '2026-03-01T03:04:05Z' })
    expect(htmlToText(late.html)).toContain('within the grace period (marked late)')
  })

  it('the advancement email names the team, both stages and the competition', () => {
    const message = advancementEmail({
      code: 'HACK-0007',
      competitionTitle: 'Hackathon 2026',
      from: 'Preliminary',
      leaderName: 'Budi',
      teamName: 'Kopi Senja',
      to: 'Final',
    })
    expect(message.subject).toBe('[HACK-0007] You advance to Final')
    expect(htmlToText(message.html)).toContain('Kopi Senja (HACK-0007) advances from "Preliminary" to "Final" in Hackathon 2026.')
  })
})
