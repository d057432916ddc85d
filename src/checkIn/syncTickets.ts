import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

import type { Competition, Registration } from '../payload-types'

import { findAllAsServer, findByIdAsServer } from '../db/findAllAsServer'
import { lockRow } from '../db/lockRow'
import { onSiteStageKeys, planTicketSync, ticketCodeFrom, ticketKey, ticketsWanted } from '../domain/checkIn'
import { queueEmail } from '../email/adapter'
import { checkInTicketEmail } from '../email/checkInEmails'
import { DEFAULT_LANGUAGE } from '../i18n/dictionary'
import { idOf } from '../shared/idOf'

type Team = Pick<Registration, 'code' | 'competition' | 'id' | 'leader' | 'members' | 'progress' | 'status' | 'teamName'>
type StagesOf = Pick<Competition, 'id' | 'stages' | 'title'>

/**
 * Brings one team's tickets to what it should hold (src/domain/checkIn.ts): makes the missing
 * ones (and emails each person theirs), renames, and removes tickets nobody should hold any
 * more unless already checked in. Idempotent: running it twice changes nothing the second time.
 *
 * Runs inside the write that changed the team or the stages. The team's row is locked first
 * (src/db/lockRow.ts), so two syncs of one team run one after the other and the second finds
 * the first's tickets; the unique `key` makes a duplicate impossible even so.
 */
export const syncTeamTickets = async (req: PayloadRequest, team: Team, competition: StagesOf): Promise<void> => {
  await lockRow(req, 'registrations', team.id)
  const competitionId = String(competition.id)
  const wanted = ticketsWanted(
    {
      leader: idOf(team.leader) ?? null,
      members: (team.members ?? []).map((member) => ({ name: member.name, user: idOf(member.user) ?? null })),
      progress: team.progress,
      status: team.status,
    },
    onSiteStageKeys(competition.stages),
  )
  const existing = await findAllAsServer(req, 'tickets', {
    select: { checkedInAt: true, name: true, stage: true, user: true },
    where: { registration: { equals: team.id } },
  })
  const plan = planTicketSync(
    wanted,
    existing.map((ticket) => ({ ...ticket, id: String(ticket.id), user: idOf(ticket.user) as string })),
  )
  if (plan.create.length + plan.rename.length + plan.remove.length === 0) return

  for (const id of plan.remove) await req.payload.delete({ collection: 'tickets', id, overrideAccess: true, req })
  for (const { id, name } of plan.rename) {
    await req.payload.update({ collection: 'tickets', data: { name }, id, overrideAccess: true, req })
  }
  for (const ticket of plan.create) {
    const code = ticketCodeFrom(crypto.randomBytes(20))
    await req.payload.create({
      collection: 'tickets',
      data: {
        code,
        competition: competition.id,
        key: ticketKey(competitionId, ticket.stage, ticket.user),
        name: ticket.name,
        registration: team.id,
        stage: ticket.stage,
        user: ticket.user,
      },
      overrideAccess: true,
      req,
    })
    // An account deleted meanwhile has no one to email; the ticket still shows to the committee.
    const holder = await findByIdAsServer(req, 'users', ticket.user)
    if (!holder) continue
    const stage = (competition.stages ?? []).find((each) => each.key === ticket.stage)
    await queueEmail(req, {
      ...checkInTicketEmail({
        code,
        competitionTitle: competition.title,
        dashboardUrl: `${req.payload.config.serverURL}/${DEFAULT_LANGUAGE}/dashboard`,
        name: ticket.name || holder.name,
        stageName: stage?.name ?? ticket.stage,
        teamName: team.teamName,
      }),
      to: holder.email,
    })
  }
}

/** Every team advanced into one of `stages` of the competition, synced (a stage newly marked on site). */
export const syncStageTickets = async (req: PayloadRequest, competition: StagesOf, stages: string[]): Promise<void> => {
  if (stages.length === 0) return
  const teams = await findAllAsServer(req, 'registrations', {
    select: { code: true, competition: true, leader: true, members: true, progress: true, status: true, teamName: true },
    where: { and: [{ competition: { equals: competition.id } }, { 'progress.stage': { in: stages } }] },
  })
  for (const team of teams) await syncTeamTickets(req, team, competition)
}
