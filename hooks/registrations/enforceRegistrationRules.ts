import type { CollectionBeforeChangeHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { feeDue, registrationWindowError } from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'
import { invalidField, refuse } from '../../src/shared/refusals'
import { competitionOfRegistration } from './shared'
import { checkTeam } from './teamDetails'

/**
 * A new registration: only a verified participant, for a published competition, inside its
 * registration window (server time), with a team of allowed size, member one being the
 * leader, documents that are the leader's own and a payment proof when a fee is due.
 * Sets `leader` and `feeDue`; whatever the body said about them is ignored.
 */
export const enforceRegistrationRules: CollectionBeforeChangeHook<Registration> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const user = req.user
  if (!user) throw refuse(401, 'Log in to register a team.')
  if (!user._verified) throw refuse(403, 'Verify your email address before registering a team: open the link we emailed you.')

  const competitionId = idOf(data.competition)
  if (!competitionId) throw invalidField(req, 'competition', 'Choose the competition to register for.')
  const competition = await competitionOfRegistration(req, competitionId)
  if (competition._status !== 'published') throw invalidField(req, 'competition', 'This competition is not open for registration.')

  const now = new Date()
  const windowError = registrationWindowError(competition.registrationOpensAt, competition.registrationClosesAt, now)
  if (windowError) throw invalidField(req, 'competition', windowError)

  data.leader = user.id
  data.feeDue = feeDue(competition.fee, competition.feeSchedule, now)
  data.members = await checkTeam(req, {
    feeDue: data.feeDue,
    leader: { email: user.email, id: String(user.id) },
    members: data.members,
    paymentProof: data.paymentProof,
    teamSize: competition.teamSize,
  })
  return data
}
