import { describe, expect, it, vi } from 'vitest'

import type { CompetitionStats } from '../../src/stats/competitionStats'

describe('the stats cache', () => {
  it('is one per process: a write forgetting numbers in one copy of the module is seen by another copy', async () => {
    // Next's production build bundles the admin pages and the API routes separately, each with
    // its own copy of a module; two imports after resetModules stand for the two bundles.
    const pages = await import('../../src/stats/statsCache')
    vi.resetModules()
    const api = await import('../../src/stats/statsCache')
    expect(api).not.toBe(pages)

    let computed = 0
    const compute = async () => ({ computed: ++computed }) as unknown as CompetitionStats
    await pages.rememberedStats('c1', compute)
    await pages.rememberedStats('c1', compute)
    expect(computed).toBe(1)
    api.forgetStats('c1')
    await pages.rememberedStats('c1', compute)
    expect(computed).toBe(2)
  })
})
