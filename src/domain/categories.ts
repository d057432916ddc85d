/**
 * Competition categories and their names in both languages of the site and the admin panel.
 * One list: the collection's select options, the public pages and any export read it.
 */
export const COMPETITION_CATEGORIES = [
  'hackathon',
  'ctf',
  'ui-ux',
  'business-plan',
  'competitive-programming',
  'data-science',
  'other',
] as const
export type CompetitionCategory = (typeof COMPETITION_CATEGORIES)[number]

export const CATEGORY_LABELS: Record<CompetitionCategory, { en: string; id: string }> = {
  'business-plan': { en: 'Business plan', id: 'Rencana bisnis' },
  'competitive-programming': { en: 'Competitive programming', id: 'Pemrograman kompetitif' },
  ctf: { en: 'Capture the Flag', id: 'Capture the Flag' },
  'data-science': { en: 'Data science', id: 'Sains data' },
  hackathon: { en: 'Hackathon', id: 'Hackathon' },
  other: { en: 'Other', id: 'Lainnya' },
  'ui-ux': { en: 'UI/UX design', id: 'Desain UI/UX' },
}

/** The category's name in `lang` (Indonesian unless English is asked for); unknown values as they are. */
export const categoryLabel = (category: string, lang: string): string =>
  CATEGORY_LABELS[category as CompetitionCategory]?.[lang === 'en' ? 'en' : 'id'] ?? category
