import { describe, expect, it } from 'vitest'

import { CATEGORY_LABELS, categoryLabel, COMPETITION_CATEGORIES } from '../../src/domain/categories'

describe('competition categories', () => {
  it('every category has a name in Indonesian and English', () => {
    for (const category of COMPETITION_CATEGORIES) {
      expect(CATEGORY_LABELS[category].id.length).toBeGreaterThan(0)
      expect(CATEGORY_LABELS[category].en.length).toBeGreaterThan(0)
    }
  })

  it('pages print the name in the page language, Indonesian by default', () => {
    expect(categoryLabel('business-plan', 'en')).toBe('Business plan')
    expect(categoryLabel('business-plan', 'id')).toBe('Rencana bisnis')
    expect(categoryLabel('data-science', 'fr')).toBe('Sains data')
    expect(categoryLabel('something-new', 'en')).toBe('something-new')
  })
})
