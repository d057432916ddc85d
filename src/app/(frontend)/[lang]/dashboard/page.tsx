import { redirect } from 'next/navigation'

import { session } from '@/frontend/session'
import { dictionaryFor } from '@/i18n/dictionary'

import { formatDateTime, formatRupiah } from '../format'
import { WithdrawButton } from './WithdrawButton'

export const dynamic = 'force-dynamic'

export default async function DashboardPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  const t = dictionaryFor(lang)
  const { payload, user } = await session()
  if (!user) redirect(`/${lang}/login?next=/${lang}/dashboard`)
  const { docs } = await payload.find({ collection: 'registrations', depth: 1, limit: 100, overrideAccess: false, sort: '-createdAt', user })
  return (
    <>
      <h1>{t.myRegistrations}</h1>
      {docs.length === 0 ? <p>{t.noRegistrations}</p> : null}
      {docs.map((registration) => {
        const competition = typeof registration.competition === 'object' ? registration.competition : null
        return (
          <section aria-label={registration.code ?? registration.teamName} className="panel" data-registration={registration.code} key={registration.id}>
            <h2>
              {registration.teamName} · {registration.code}
            </h2>
            <p>
              {competition ? <a href={`/${lang}/competitions/${competition.slug}`}>{competition.title}</a> : null} · {formatDateTime(registration.createdAt, lang)}
            </p>
            <p>
              <span className={`badge ${registration.status}`} data-status={registration.status}>
                {t.status[registration.status] ?? registration.status}
              </span>{' '}
              {t.next[registration.status]}
            </p>
            <p>
              {t.feeDue}: {registration.feeDue ? formatRupiah(registration.feeDue) : t.free}
            </p>
            {registration.reviewNote ? (
              <p>
                <strong>{t.note}:</strong> {registration.reviewNote}
              </p>
            ) : null}
            {['pending', 'needs-revision'].includes(registration.status) ? (
              <p>
                <a href={`/${lang}/registrations/${registration.id}/edit`}>{t.edit}</a>
              </p>
            ) : null}
            {registration.status === 'verified' ? (
              <p>
                <a href={`/${lang}/registrations/${registration.id}/submissions`}>{t.submissions}</a>
              </p>
            ) : null}
            {['pending', 'needs-revision', 'verified', 'waitlisted'].includes(registration.status) ? (
              <WithdrawButton confirmText={t.confirmWithdraw} id={String(registration.id)} label={t.withdraw} />
            ) : null}
          </section>
        )
      })}
    </>
  )
}
