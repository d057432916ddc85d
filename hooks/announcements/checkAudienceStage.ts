import type { CollectionBeforeChangeHook } from 'payload'

import type { Announcement } from '../../src/payload-types'

import { loadCompetition } from '../../src/db/loadCompetition'
import { idOf } from '../../src/shared/idOf'
import { invalidField } from '../../src/shared/refusals'

/** "Teams advanced into a stage" names one of the competition's stages; other audiences keep no stage. */
export const checkAudienceStage: CollectionBeforeChangeHook<Announcement> = async ({ data, originalDoc, req }) => {
  const audience = data.audience ?? originalDoc?.audience
  if (audience !== 'advanced') return { ...data, stage: null }
  const stage = (data.stage ?? originalDoc?.stage ?? '').trim()
  if (!stage) throw invalidField(req, 'stage', 'Choose the stage whose advanced teams this is for.')
  const competition = await loadCompetition(req, idOf(data.competition ?? originalDoc?.competition) as string)
  if (!(competition.stages ?? []).some((entry) => entry.key === stage)) {
    throw invalidField(req, 'stage', `"${stage}" is not a stage of ${competition.title}.`)
  }
  return { ...data, stage }
}
