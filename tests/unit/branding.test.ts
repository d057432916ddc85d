import { describe, expect, it } from 'vitest'

import { accentOf, contrastRatio, DARK_TEXT, LIGHT_TEXT, validateAccentColour } from '../../src/domain/branding'

describe('accent colour', () => {
  it('accepts #rrggbb in either case and nothing else', () => {
    expect(validateAccentColour('#1D4ed8')).toBe(true)
    expect(validateAccentColour('')).toBe(true)
    expect(validateAccentColour(null)).toBe(true)
    for (const bad of ['1d4ed8', '#fff', '#1d4ed8ff', 'red', '#12345g', 'url(x)', '#1d4ed8;color:red']) {
      expect(validateAccentColour(bad)).toMatch(/six hexadecimal digits/)
    }
  })

  it('known contrast ratios (WCAG): black on white is 21, a colour on itself 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
  })

  it('puts white on dark accents and dark text on pale ones, always at least 4.5:1', () => {
    expect(accentOf('#1D4ED8')).toEqual({ accent: '#1d4ed8', text: LIGHT_TEXT })
    expect(accentOf('#facc15')).toEqual({ accent: '#facc15', text: DARK_TEXT })
    for (let grey = 0; grey <= 255; grey += 5) {
      const hex = `#${grey.toString(16).padStart(2, '0').repeat(3)}`
      const pair = accentOf(hex)!
      expect(contrastRatio(pair.accent, pair.text)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('ignores a missing or invalid accent', () => {
    expect(accentOf(undefined)).toBeNull()
    expect(accentOf('red')).toBeNull()
  })
})
