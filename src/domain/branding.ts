/**
 * A competition's accent colour (the committee's branding): a six-digit hex colour, and the text
 * colour that stays readable on it. The page paints the accent behind text (the header band, the
 * register button), so a pale accent gets dark text rather than failing WCAG contrast.
 */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i

export const validateAccentColour = (value: null | string | undefined): string | true =>
  !value || HEX_COLOUR.test(value) ? true : 'Use a colour like #1d4ed8: "#" and six hexadecimal digits.'

/** WCAG relative luminance of a #rrggbb colour. */
export const luminance = (hex: string): number => {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

export const contrastRatio = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

// Pure black, not the page's ink: with black and white one of the two always reaches 4.58:1 (√21).
export const DARK_TEXT = '#000000'
export const LIGHT_TEXT = '#ffffff'

/** White or black, whichever contrasts more with the accent. */
export const textOn = (accent: string): string =>
  contrastRatio(accent, LIGHT_TEXT) >= contrastRatio(accent, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT

/** The accent and its text colour, or null when none (or an invalid one) is set. */
export const accentOf = (value: null | string | undefined): null | { accent: string; text: string } =>
  value && HEX_COLOUR.test(value) ? { accent: value.toLowerCase(), text: textOn(value) } : null
