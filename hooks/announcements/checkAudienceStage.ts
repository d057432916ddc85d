import type { CollectionBeforeChangeHook } from 'payload'

import type { Announcement } from '../../src/payload-types'

import { loadCompetition } from '../../src/db/loadCompetition'
import { idOf } from '../../src/shared/idOf'
import { invalidField } from '../../src/shared/refusals'

/**
 * The competition exists (a 400 naming the field, not the database's refusal), and "teams
 * advanced into a stage" names one of its stages; other audiences keep no stage.
 */
export const checkAudienceStage: CollectionBeforeChangeHook<Announcement> = async ({ data, operation, originalDoc, req }) => {
  const audience = data.audience ?? originalDoc?.audience
  const competitionChanged =
    operation === 'create' || (data.competition !== undefined && idOf(data.competition) !== idOf(originalDoc?.competition))
  if (audience !== 'advanced') {
    if (competitionChanged) await loadCompetition(req, idOf(data.competition) as string)
    return { ...data, stage: null }
  }
  const stage = (data.stage ?? originalDoc?.stage ?? '').trim()
  if (!stage) throw invalidField(req, 'stage', 'Choose the stage whose advanced teams this is for.')
  const competition = await loadCompetition(req, idOf(data.competition ?? originalDoc?.competition) as string)
  if (!(competition.stages ?? []).some((entry) => entry.key === stage)) {
    throw invalidField(req, 'stage', `"${stage}" is not a stage of ${competition.title}.`)
  }
  return { ...data, stage }
}
