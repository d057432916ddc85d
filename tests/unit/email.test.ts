import { describe, expect, it } from 'vitest'

import { parseFromAddress, withTextPart } from '../../src/email/adapter'
import { verificationEmailHtml } from '../../src/email/authEmails'
import { htmlToText } from '../../src/email/htmlToText'
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
    expect(parseFromAddress('Find IT Committee <panitia@findit.example>')).toEqual({ address: 'panitia@findit.example', name: 'Find IT Committee' })
    expect(parseFromAddress('noreply@x.example')).toEqual({ address: 'noreply@x.example', name: 'ContestKit' })
  })
})
