import type { Payload, PayloadRequest } from 'payload'

import { findAllAsServer } from '../db/findAllAsServer'
import { attendance } from '../domain/checkIn'
import { idOf } from '../shared/idOf'

export type AttendanceRow = {
  checkedInAt: null | string
  checkedInBy: null | string
  name: string
  registrationCode: string
  teamName: string
  ticket: string
}

/**
 * Who of a stage's ticket holders is in and who is missing, for the committee (the endpoint and
 * /admin/check-in). Three reads whatever the number of people: tickets, their teams, checkers.
 */
export const stageAttendance = async (
  reqOrPayload: Payload | PayloadRequest,
  competitionId: number | string,
  stage: string,
): Promise<{ checkedIn: AttendanceRow[]; missing: AttendanceRow[] }> => {
  const tickets = await findAllAsServer(reqOrPayload, 'tickets', {
    select: { checkedInAt: true, checkedInBy: true, name: true, registration: true },
    where: { and: [{ competition: { equals: competitionId } }, { stage: { equals: stage } }] },
  })
  const teamIds = [...new Set(tickets.map((ticket) => idOf(ticket.registration) as string))]
  const checkerIds = [...new Set(tickets.map((ticket) => idOf(ticket.checkedInBy)).filter((id): id is string => Boolean(id)))]
  const teams =
    teamIds.length > 0
      ? await findAllAsServer(reqOrPayload, 'registrations', { select: { code: true, teamName: true }, where: { id: { in: teamIds } } })
      : []
  const checkers =
    checkerIds.length > 0 ? await findAllAsServer(reqOrPayload, 'users', { select: { name: true }, where: { id: { in: checkerIds } } }) : []
  const teamOf = new Map(teams.map((team) => [String(team.id), team]))
  const checkerName = new Map(checkers.map((user) => [String(user.id), user.name]))
  return attendance(
    tickets.map((ticket) => {
      const team = teamOf.get(idOf(ticket.registration) as string)
      return {
        checkedInAt: ticket.checkedInAt ?? null,
        checkedInBy: checkerName.get(idOf(ticket.checkedInBy) ?? '') ?? null,
        name: ticket.name ?? '',
        registrationCode: team?.code ?? '',
        teamName: team?.teamName ?? '',
        ticket: String(ticket.id),
      }
    }),
  )
}
