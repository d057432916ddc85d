import type { Competition } from '@/payload-types'

/** What the winners receive, one card per placing. */
export function Prizes({ heading, prizes }: { heading: string; prizes: Competition['prizes'] }) {
  if (!prizes?.length) return null
  return (
    <section aria-labelledby="prizes-heading">
      <h2 id="prizes-heading">{heading}</h2>
      <ul className="prizes">
        {prizes.map((prize) => (
          <li className="prize" key={prize.id ?? prize.title}>
            <strong>{prize.title}</strong>
            <span>{prize.reward}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
