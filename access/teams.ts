import type { PayloadRequest } from 'payload'

import { submissionWindow } from '../src/domain/judging'

/**
 * Whether the account is on a verified team whose competition has a stage open for
 * submissions now (grace included). Large submission files are for such teams only.
 *
 * Membership is the registration's leader for now: when registrations bind member accounts
 * (`members.user`), this is the one place to switch to them.
 */
export const isOnVerifiedTeamWithOpenStage = async (req: PayloadRequest, userId: number | string, now = new Date()): Promise<boolean> => {
  const { docs: registrations } = await req.payload.find({
    collection: 'registrations',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { competition: true },
    where: { and: [{ leader: { equals: userId } }, { status: { equals: 'verified' } }] },
  })
  const competitionIds = [...new Set(registrations.map((registration) => String(typeof registration.competition === 'object' ? registration.competition?.id : registration.competition)))]
  if (competitionIds.length === 0) return false
  const { docs: competitions } = await req.payload.find({
    collection: 'competitions',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { stages: true },
    where: { id: { in: competitionIds } },
  })
  return competitions.some((competition) => (competition.stages ?? []).some((stage) => submissionWindow(stage, now).open))
}
