import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { CSV_BOM, csvField, csvLine, neutraliseFormula } from '../../src/domain/csv'
import { parseCsv } from '../helpers/csv'

describe('neutraliseFormula', () => {
  it('puts a quote before text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+62 812 3456', '-2+3', '@SUM(A1:A2)', '\tcmd', '\r=1', '=HYPERLINK("http://x","y")']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`)
    }
  })
  it('leaves other text alone, a formula character further in included', () => {
    for (const text of ['Tim Bali', 'a=b', 'Zoë', 'Ni Luh Putu Ayu Saraswati', '', ' =1', "'quoted"]) {
      expect(neutraliseFormula(text)).toBe(text)
    }
  })
})

describe('csvField', () => {
  it('writes nothing for an empty cell and numbers as numbers (a negative one unguarded)', () => {
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
    expect(csvField(150000)).toBe('150000')
    expect(csvField(-0.5)).toBe('-0.5')
    expect(csvField(Number.NaN)).toBe('')
  })
  it('quotes a field with a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('Universitas Gadjah Mada, Yogyakarta')).toBe('"Universitas Gadjah Mada, Yogyakarta"')
    expect(csvField('Tim "Kopi"')).toBe('"Tim ""Kopi"""')
    expect(csvField('baris 1\nbaris 2')).toBe('"baris 1\nbaris 2"')
    expect(csvField('Đỗ Minh Anh')).toBe('Đỗ Minh Anh')
  })
  it('guards before quoting: the quote goes inside the field', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`)
  })
})

describe('csvLine', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvLine(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n')
  })
  it('the BOM is the UTF-8 byte-order mark', () => {
    expect([...Buffer.from(CSV_BOM, 'utf8')]).toEqual([0xef, 0xbb, 0xbf])
  })
  it('reads back as written by an independent RFC 4180 reader, whatever the text (guarded text with its quote)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string(),
      fc.constantFrom('"', ',', '\r\n', '\n', '=1', '+', ''),
      fc.integer(),
    )
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6, minLength: 1 }), { maxLength: 5, minLength: 1 }), (rows) => {
        const text = rows.map(csvLine).join('')
        expect(parseCsv(text)).toEqual(
          rows.map((row) => row.map((value) => (typeof value === 'number' ? String(value) : neutraliseFormula(value)))),
        )
      }),
    )
  })
})
