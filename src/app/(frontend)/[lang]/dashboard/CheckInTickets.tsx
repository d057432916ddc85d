import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { checkInWords } from '@/i18n/checkIn'
import { qrCodeSvg } from '@/shared/qrCode'

import { formatDateTime } from '../format'

/**
 * The account's on-site check-in tickets (src/checkIn/syncTickets.ts), each as a QR code with
 * its code written out, for the check-in desk. Read as the user: the collection's access shows
 * only their own.
 */
export async function CheckInTickets({ lang, payload, user }: { lang: string; payload: Payload; user: User }) {
  const { docs: tickets } = await payload.find({
    collection: 'tickets',
    depth: 1,
    limit: 20,
    overrideAccess: false,
    // The stage's name comes from the competition's stages, which a populated competition does
    // not carry unless asked (collections/Competitions.ts, `defaultPopulate`).
    populate: { competitions: { stages: true, title: true }, registrations: { teamName: true } },
    select: { checkedInAt: true, code: true, competition: true, name: true, registration: true, stage: true },
    sort: '-createdAt',
    user,
  })
  if (tickets.length === 0) return null
  const words = checkInWords(lang).dashboard
  const codes = await Promise.all(tickets.map((ticket) => qrCodeSvg(ticket.code)))
  return (
    <section aria-label={words.heading} className="panel" data-tickets>
      <h2>{words.heading}</h2>
      <p className="muted">{words.hint}</p>
      {tickets.map((ticket, index) => {
        const competition = typeof ticket.competition === 'object' ? ticket.competition : null
        const registration = typeof ticket.registration === 'object' ? ticket.registration : null
        const stage = competition?.stages?.find((each) => each.key === ticket.stage)
        return (
          <article data-ticket-code={ticket.code} key={ticket.id} style={{ marginBottom: 16 }}>
            <h3>
              {competition?.title ?? ''} · {stage?.name ?? ticket.stage}
            </h3>
            <p>
              {ticket.name} · {registration?.teamName ?? ''}
            </p>
            {/* The SVG is generated here from the code alone (no user text inside). */}
            <div dangerouslySetInnerHTML={{ __html: codes[index] }} style={{ maxWidth: 240 }} />
            <p>
              {words.codeLabel}: <code style={{ fontSize: '1.2em' }}>{ticket.code}</code>
            </p>
            {ticket.checkedInAt ? <p>{words.checkedInAt(formatDateTime(ticket.checkedInAt, lang))}</p> : null}
          </article>
        )
      })}
    </section>
  )
}
