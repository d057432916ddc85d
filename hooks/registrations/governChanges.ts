import type { CollectionBeforeChangeHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { isCommittee } from '../../access/roles'
import { lockCompetition } from '../../src/db/lockCompetition'
import { isServerWrite } from '../../src/db/serverWrite'
import {
  decideTransition,
  EDITABLE_STATUSES,
  holdsPlace,
  institutionKey,
  isActive,
  type RegistrationStatus,
  teamNameKey,
} from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'
import { invalidField, refuse } from '../../src/shared/refusals'
import { refuseDuplicates, releasedKey } from './shared'
import { checkTeamDetails } from './teamDetails'

const TEAM_FIELDS = ['teamName', 'institution', 'members', 'paymentProof'] as const

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    if ('id' in value && 'filename' in value) return String((value as { id: unknown }).id)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, normalise(inner)]),
    )
  }
  return value ?? null
}

/**
 * Changes to an existing registration.
 * - The team edits its details only while pending or needs-revision; saving a needs-revision
 *   registration sends it back to pending. It may withdraw; any other status it sends is ignored.
 * - The committee verifies, asks for a revision or rejects (with a note); who and when is recorded.
 * - Leaving the active statuses frees the team's place and name for others.
 * Changes the server makes on its own authority (asServerWrite: waitlist promotions, advancing,
 * members accepting their invitation) pass straight through.
 */
export const governChanges: CollectionBeforeChangeHook<Registration> = async ({ context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  if (isServerWrite(context)) return data

  const from = originalDoc.status as RegistrationStatus
  const byCommittee = isCommittee(req.user)
  const competitionId = idOf(originalDoc.competition) as string

  const changedTeamFields = TEAM_FIELDS.filter((field) => field in data && !sameValue(data[field], originalDoc[field]))
  if (changedTeamFields.length > 0 && !byCommittee && !EDITABLE_STATUSES.includes(from)) {
    throw refuse(403, `The team details can only be changed while the registration is pending or needs revision; it is ${from}.`)
  }

  const transition = decideTransition({
    by: byCommittee ? 'committee' : 'participant',
    from,
    note: data.reviewNote ?? originalDoc.reviewNote,
    requested: data.status,
  })
  if (!transition.ok) throw invalidField(req, 'status', transition.error)
  let status = transition.status
  if (!byCommittee && status === from && from === 'needs-revision' && changedTeamFields.length > 0) status = 'pending'
  data.status = status

  if (byCommittee && status !== from && status !== 'withdrawn') {
    data.reviewedBy = req.user?.id
    data.reviewedAt = new Date().toISOString()
  }

  if (changedTeamFields.length > 0) {
    // Withdrawing is not a way around the team checks: a withdrawn team keeps its details.
    if (!byCommittee && !isActive(status)) {
      throw refuse(403, `Withdraw without changing the team details: send only the new status. (Changed: ${changedTeamFields.join(', ')}.)`)
    }
    const members = await checkTeamDetails(req, { byCommittee, competitionId, data, originalDoc })
    if (isActive(status)) {
      await lockCompetition(req, competitionId)
      const teamKey = `${competitionId}:${teamNameKey(data.teamName ?? originalDoc.teamName)}`
      await refuseDuplicates(req, {
        competitionId,
        emails: members.map((member) => member.email),
        excludeId: String(originalDoc.id),
        teamKey,
      })
      data.teamKey = teamKey
      data.institutionKey = institutionKey(data.institution ?? originalDoc.institution)
    }
  }

  // Giving a place back promotes from the waitlist under the competition's lock (promoteFromWaitlist).
  // Take it now, before this row is written: a review decision takes the competition's lock and then
  // the row's, and the opposite order here let the two deadlock on PostgreSQL.
  if (holdsPlace(from) && !holdsPlace(status)) await lockCompetition(req, competitionId)

  // Rejected or withdrawn: the place and the team name go back to the competition.
  if (!isActive(status) && isActive(from)) {
    data.teamKey = releasedKey()
    if (holdsPlace(from)) data.placeKey = releasedKey()
  }
  return data
}
