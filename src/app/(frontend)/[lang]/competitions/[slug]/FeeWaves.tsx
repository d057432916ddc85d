import type { Competition } from '@/payload-types'

import { formatDateTime, formatRupiah } from '../../format'

/** Early-bird and later fee waves, each with the moment it ends. */
export function FeeWaves({ heading, lang, waves }: { heading: string; lang: string; waves: Competition['feeSchedule'] }) {
  if (!waves?.length) return null
  return (
    <section aria-labelledby="fee-waves-heading">
      <h2 id="fee-waves-heading">{heading}</h2>
      <ul className="plain-list">
        {waves.map((wave) => (
          <li key={wave.id ?? wave.label}>
            <strong>{wave.label}</strong>: {formatRupiah(wave.fee)} <span className="muted">({formatDateTime(wave.until, lang)})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
