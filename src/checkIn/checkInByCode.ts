import type { PayloadRequest } from 'payload'

import type { Ticket } from '../payload-types'

import { findAllAsServer, findByIdAsServer } from '../db/findAllAsServer'
import { inTransaction } from '../db/inTransaction'
import { lockRow } from '../db/lockRow'
import { alreadyCheckedInMessage, formatCheckInTime } from '../domain/checkIn'
import { idOf } from '../shared/idOf'
import { refuse } from '../shared/refusals'

export type CheckInResult = {
  alreadyCheckedIn: boolean
  checkedInAt: string
  checkedInBy: null | string
  message: string
  ticket: { competition: string; name: string; registrationCode: string; stage: string; stageName: string; teamName: string }
}

/**
 * Checks the holder of `code` in, as the logged-in committee member. The ticket's row is locked
 * and read again inside one transaction (src/db/lockRow.ts), so of two scans arriving together
 * one records the check-in and the other finds it and says so: a check-in is recorded once,
 * with its first time and checker.
 */
export const checkInByCode = (
  req: PayloadRequest,
  code: string,
  /** The stage the desk checks in for, when it is set to one: a ticket for another is refused. */
  at?: { competition: string; stage: string },
): Promise<CheckInResult> =>
  inTransaction(req, async () => {
    const [found] = await findAllAsServer(req, 'tickets', { where: { code: { equals: code } } })
    if (!found) throw refuse(404, `No ticket has the code ${code}. Check the code, or look the person up in the stage's list.`)
    await lockRow(req, 'tickets', found.id)
    const ticket = (await findByIdAsServer(req, 'tickets', found.id)) as Ticket
    const competition = await findByIdAsServer(req, 'competitions', idOf(ticket.competition) as string)
    const stage = competition?.stages?.find((each) => each.key === ticket.stage)
    if (!competition || !stage) throw refuse(409, 'This ticket is for a stage that no longer exists; nobody is checked in with it.')
    if (!stage.onSite) {
      throw refuse(409, `"${stage.name}" of ${competition.title} is not on site, so nobody checks in for it. Mark the stage on site first.`)
    }
    if (at && (String(competition.id) !== at.competition || stage.key !== at.stage)) {
      throw refuse(
        409,
        `This ticket is for "${stage.name}" of ${competition.title}, not for the stage this desk checks in for. Nobody was checked in.`,
      )
    }
    const registration = await findByIdAsServer(req, 'registrations', idOf(ticket.registration) as string)
    const facts = {
      competition: competition.title,
      name: ticket.name ?? '',
      registrationCode: registration?.code ?? '',
      stage: stage.key,
      stageName: stage.name,
      teamName: registration?.teamName ?? '',
    }
    if (ticket.checkedInAt) {
      const checker = idOf(ticket.checkedInBy) ? await findByIdAsServer(req, 'users', idOf(ticket.checkedInBy) as string) : null
      return {
        alreadyCheckedIn: true,
        checkedInAt: ticket.checkedInAt,
        checkedInBy: checker?.name ?? null,
        message: alreadyCheckedInMessage(facts.name, ticket.checkedInAt, checker?.name),
        ticket: facts,
      }
    }
    const checkedInAt = new Date().toISOString()
    await req.payload.update({
      collection: 'tickets',
      data: { checkedInAt, checkedInBy: req.user?.id },
      id: ticket.id,
      overrideAccess: true,
      req,
    })
    return {
      alreadyCheckedIn: false,
      checkedInAt,
      checkedInBy: req.user?.name ?? null,
      message: `${facts.name || 'The holder'} (${facts.teamName}) is checked in at ${formatCheckInTime(checkedInAt)}.`,
      ticket: facts,
    }
  })
