import { describe, expect, it } from 'vitest'

import { DOCUMENT_AND_IMAGE_KINDS, inspectFile } from '../../src/uploads/fileTypes'
import { html, png, simplePdf, svg } from '../helpers/files'

const rules = { allowed: DOCUMENT_AND_IMAGE_KINDS, maxBytes: 1024 * 1024 }

describe('inspectFile', () => {
  it('accepts a PNG named .png and a PDF named .PDF', async () => {
    expect(await inspectFile({ data: await png(), name: 'a.png' }, rules)).toEqual({ kind: 'png', mime: 'image/png', ok: true })
    expect(await inspectFile({ data: simplePdf('x'), name: 'GUIDE.PDF' }, rules)).toMatchObject({ kind: 'pdf', ok: true })
  })

  it('refuses a PNG named .pdf (content and name disagree)', async () => {
    expect(await inspectFile({ data: await png(), name: 'proof.pdf' }, rules)).toMatchObject({ ok: false, reason: 'mismatch' })
  })

  it('refuses SVG and HTML, whatever their names', async () => {
    expect(await inspectFile({ data: svg(), name: 'x.png' }, rules)).toMatchObject({ ok: false, reason: 'unrecognised' })
    expect(await inspectFile({ data: html(), name: 'x.pdf' }, rules)).toMatchObject({ ok: false, reason: 'unrecognised' })
  })

  it('refuses a recognised type that is not allowed here, naming what is', async () => {
    const verdict = await inspectFile({ data: simplePdf('x'), name: 'x.pdf' }, { allowed: ['png'], maxBytes: 1e6 })
    expect(verdict).toMatchObject({ message: '"x.pdf" is a PDF file; only PNG files are accepted here.', ok: false, reason: 'wrong-type' })
  })

  it('refuses a file over the cap before reading it, with both sizes in the message', async () => {
    const verdict = await inspectFile({ data: Buffer.alloc(10), name: 'x.pdf', size: 3 * 1024 * 1024 }, rules)
    expect(verdict).toEqual({ message: 'The file is 3 MB; the limit is 1 MB.', ok: false, reason: 'too-large' })
  })
})
