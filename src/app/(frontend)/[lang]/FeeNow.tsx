import type { Competition } from '@/payload-types'

import { currentFee } from '@/domain/registration'
import { dictionaryFor } from '@/i18n/dictionary'

import { formatDateTime, formatRupiah } from './format'

/**
 * The fee registering would charge at this moment, from the same rule the server charges with
 * (src/domain/registration.ts `currentFee`), and until when a running wave lasts.
 */
export function FeeNow({
  competition,
  lang,
  now = new Date(),
}: {
  competition: Pick<Competition, 'fee' | 'feeSchedule'>
  lang: string
  now?: Date
}) {
  const t = dictionaryFor(lang)
  const { fee, until, wave } = currentFee(competition.fee, competition.feeSchedule, now)
  return (
    <span data-fee={fee}>
      <strong>{fee > 0 ? formatRupiah(fee) : t.free}</strong>
      {until ? <> ({t.feeWaveUntil(wave, formatDateTime(until, lang))})</> : null}
    </span>
  )
}
