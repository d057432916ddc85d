/**
 * URL slug from a title: "Capture The Flag — Final 2026!" → "capture-the-flag-final-2026".
 * Accents are folded (é → e) so Indonesian and English titles give readable addresses.
 */
export const slugify = (value: string, maxLength = 80): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
