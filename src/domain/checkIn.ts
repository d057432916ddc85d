/**
 * On-site check-in as plain functions: who gets a ticket, what its code looks like, and what a
 * scan answers. Every member of a verified team advanced into an on-site stage gets one personal
 * ticket for that stage; a member is an account bound to the team (the leader, or a member who
 * accepted their invitation), never an email address typed into the registration.
 */

/**
 * Crockford's base32: no I, L, O or U, so a code read aloud or typed from a phone is not
 * misread; lookalikes typed anyway are mapped back (O→0, I/L→1) by normaliseTicketCode.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** 20 characters of 5 bits: 100 random bits, beyond guessing even at many scans a second. */
export const TICKET_CODE_LENGTH = 20
const GROUP = 5

const grouped = (chars: string): string => (chars.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-')

/**
 * A ticket code from random bytes (one per character; pass `crypto.randomBytes(20)`). Each
 * byte's low five bits are uniform because 256 is a multiple of 32.
 */
export const ticketCodeFrom = (bytes: Uint8Array): string => {
  if (bytes.length < TICKET_CODE_LENGTH) throw new Error(`A ticket code needs ${TICKET_CODE_LENGTH} random bytes.`)
  let chars = ''
  for (let i = 0; i < TICKET_CODE_LENGTH; i++) chars += ALPHABET[bytes[i] & 31]
  return grouped(chars)
}

/**
 * What was typed or scanned, as the stored code: case, spaces and dashes do not matter,
 * lookalike letters are read as the digits they resemble. A scanned address carrying
 * `?code=…` is read too. Null when it cannot be a ticket code.
 */
export const normaliseTicketCode = (input: string): null | string => {
  let text = input.trim()
  const fromUrl = /[?&]code=([^&#\s]+)/i.exec(text)
  if (fromUrl) text = decodeURIComponent(fromUrl[1])
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (chars.length !== TICKET_CODE_LENGTH || [...chars].some((char) => !ALPHABET.includes(char))) return null
  return grouped(chars)
}

export type TeamForTickets = {
  leader?: null | string
  members?: { name?: null | string; user?: null | string }[] | null
  progress?: { stage: string }[] | null
  status?: null | string
}

export type WantedTicket = { name: string; stage: string; user: string }

/**
 * The tickets a team should hold: one per bound account and per on-site stage the team was
 * advanced into, while the team is verified (a team rejected or withdrawn after advancing
 * holds none). The name is the one on the team's member row (what the committee's list
 * shows); member one is the leader.
 */
export const ticketsWanted = (team: TeamForTickets, onSiteStages: readonly string[]): WantedTicket[] => {
  if (team.status !== 'verified') return []
  const stages = [...new Set((team.progress ?? []).map((entry) => entry.stage))].filter((stage) => onSiteStages.includes(stage))
  const people = new Map<string, string>()
  ;(team.members ?? []).forEach((member, index) => {
    const user = index === 0 ? (team.leader ?? member.user) : member.user
    if (user && !people.has(user)) people.set(user, member.name ?? '')
  })
  if (team.leader && !people.has(team.leader)) people.set(team.leader, '')
  return stages.flatMap((stage) => [...people].map(([user, name]) => ({ name, stage, user })))
}

export type ExistingTicket = { checkedInAt?: null | string; id: string; name?: null | string; stage: string; user: string }

/** The unique key of a ticket: one per competition, stage and account. */
export const ticketKey = (competition: string, stage: string, user: string): string => `${competition}:${stage}:${user}`

/**
 * How to bring a team's tickets to what it should hold: create the missing ones, rename where
 * the member row's name changed, and remove tickets nobody should hold any more (a member
 * unbound, the team rejected) — except those already checked in, which record that a person
 * was there.
 */
export const planTicketSync = (
  wanted: WantedTicket[],
  existing: ExistingTicket[],
): { create: WantedTicket[]; remove: string[]; rename: { id: string; name: string }[] } => {
  const key = (ticket: { stage: string; user: string }) => `${ticket.stage}:${ticket.user}`
  const have = new Map(existing.map((ticket) => [key(ticket), ticket]))
  const want = new Set(wanted.map(key))
  return {
    create: wanted.filter((ticket) => !have.has(key(ticket))),
    remove: existing.filter((ticket) => !want.has(key(ticket)) && !ticket.checkedInAt).map((ticket) => ticket.id),
    rename: wanted.flatMap((ticket) => {
      const found = have.get(key(ticket))
      return found && (found.name ?? '') !== ticket.name ? [{ id: found.id, name: ticket.name }] : []
    }),
  }
}

/** The keys of the stages marked on site. */
export const onSiteStageKeys = (stages: { key: string; onSite?: boolean | null }[] | null | undefined): string[] =>
  (stages ?? []).filter((stage) => stage.onSite).map((stage) => stage.key)

/** "09:12 WIB, 28 Nov 2026": the time first (what a door volunteer compares), then the day. */
export const formatCheckInTime = (iso: string): string => {
  const at = new Date(iso)
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' })
  const day = at.toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'Asia/Jakarta' })
  return `${time} WIB, ${day}`
}

/** What a second scan of the same ticket says. */
export const alreadyCheckedInMessage = (name: string, checkedInAt: string, checkedInBy: null | string | undefined): string =>
  `${name || 'This person'} is already checked in at ${formatCheckInTime(checkedInAt)}${checkedInBy ? ` by ${checkedInBy}` : ''}.`

export type AttendanceTicket = { checkedInAt?: null | string; name: string; registrationCode: string; teamName: string }

/** A stage's tickets split into who is in and who is missing, each ordered by team, then name. */
export const attendance = <T extends AttendanceTicket>(tickets: T[]): { checkedIn: T[]; missing: T[] } => {
  const ordered = [...tickets].sort(
    (a, b) => a.teamName.localeCompare(b.teamName) || a.registrationCode.localeCompare(b.registrationCode) || a.name.localeCompare(b.name),
  )
  return { checkedIn: ordered.filter((ticket) => ticket.checkedInAt), missing: ordered.filter((ticket) => !ticket.checkedInAt) }
}
