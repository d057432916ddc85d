import config from '@payload-config'
import { getPayload } from 'payload'

import type { Media } from '@/payload-types'

// Lists what the public may see: the read access of `competitions` decides, not this page.
export const dynamic = 'force-dynamic'

const rupiah = new Intl.NumberFormat('id-ID', { currency: 'IDR', maximumFractionDigits: 0, style: 'currency' })

export default async function HomePage() {
  const payload = await getPayload({ config })
  const { docs: competitions } = await payload.find({
    collection: 'competitions',
    depth: 1,
    limit: 50,
    overrideAccess: false,
    sort: 'registrationOpensAt',
  })
  return (
    <>
      <h1>Competitions</h1>
      {competitions.length === 0 ? (
        <p className="muted">No competitions are published yet.</p>
      ) : (
        <ul className="cards">
          {competitions.map((competition) => {
            const poster = typeof competition.poster === 'object' ? (competition.poster as Media | null) : null
            const image = poster?.sizes?.card?.url ?? poster?.url
            return (
              <li className="card" key={competition.id}>
                {image ? <img alt={poster?.alt ?? ''} src={image} /> : null}
                <div className="card-body">
                  <h2>{competition.title}</h2>
                  <p className="muted">{competition.summary}</p>
                  <p>
                    {competition.fee > 0 ? rupiah.format(competition.fee) : 'Free'} · teams of {competition.teamSize.min}–
                    {competition.teamSize.max}
                  </p>
                  <p className="muted">
                    Registration {new Date(competition.registrationOpensAt).toLocaleDateString('en-GB')} –{' '}
                    {new Date(competition.registrationClosesAt).toLocaleDateString('en-GB')}
                  </p>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <p className="muted">
        Committee, judges and admins: <a href="/admin">log in to the admin panel</a>.
      </p>
    </>
  )
}
