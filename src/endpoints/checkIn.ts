import type { Endpoint, PayloadRequest } from 'payload'

import { requireCommittee } from '../../access/endpoints'
import { checkInByCode } from '../checkIn/checkInByCode'
import { stageAttendance } from '../checkIn/stageAttendance'
import { normaliseTicketCode } from '../domain/checkIn'
import { refuse } from '../shared/refusals'
import { jsonBodyOf } from './jsonBody'
import { stageOf } from './judging'

const ONLY_COMMITTEE = 'Only the committee checks people in and sees who is in.'
const committeeOnly = (req: PayloadRequest) => requireCommittee(req, { anonymous: ONLY_COMMITTEE, other: ONLY_COMMITTEE })

/**
 * `{ "code": "…" }` from a scanned or typed ticket: checks its holder in (src/checkIn/checkInByCode.ts).
 * A desk set to one stage also sends `"competition"` and `"stage"`: a ticket for any other is a 409.
 * A second scan of the same ticket is not an error of the request: it answers 200 with
 * `alreadyCheckedIn: true` and a message naming when and by whom, which the desk shows as a warning.
 */
export const checkInEndpoint: Endpoint = {
  handler: async (req) => {
    committeeOnly(req)
    const { code, competition, stage } = await jsonBodyOf(req)
    if (typeof code !== 'string') throw refuse(400, 'Send the ticket\'s code as "code" (a string), e.g. { "code": "7K2QD-…" }.')
    if ((competition !== undefined || stage !== undefined) && (typeof competition !== 'string' || typeof stage !== 'string')) {
      throw refuse(400, 'To check in for one stage only, send both "competition" (its id) and "stage" (its key) as strings.')
    }
    const normalised = normaliseTicketCode(code)
    if (!normalised) throw refuse(404, `"${code.slice(0, 60)}" is not a ticket code: a code has 20 letters and digits, e.g. 7K2QD-M9XAB-…`)
    return Response.json(
      await checkInByCode(req, normalised, typeof stage === 'string' ? { competition: competition as string, stage } : undefined),
    )
  },
  method: 'post',
  path: '/check-in',
}

/** Who is in and who is missing at an on-site stage (committee), each with team, time and checker. */
export const stageAttendanceEndpoint: Endpoint = {
  handler: async (req) => {
    committeeOnly(req)
    const { competition, stage } = await stageOf(req)
    const { checkedIn, missing } = await stageAttendance(req, competition.id, stage.key)
    return Response.json({ checkedIn, missing, onSite: Boolean(stage.onSite), stage: stage.key, total: checkedIn.length + missing.length })
  },
  method: 'get',
  path: '/:id/stages/:key/check-in',
}
