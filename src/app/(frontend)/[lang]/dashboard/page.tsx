import { redirect } from 'next/navigation'

import { canEdit, canSubmit, canWithdraw } from '@/domain/registration'
import { dashboardReads } from '@/frontend/dashboardReads'
import { notIndexed } from '@/frontend/pageMetadata'
import { session } from '@/frontend/session'
import { dictionaryFor } from '@/i18n/dictionary'
import { idOf } from '@/shared/idOf'

import { AnnouncementList } from '../Announcements'
import { formatDateTime, formatRupiah } from '../format'
import { CertificateList } from './Certificates'
import { CheckInTickets } from './CheckInTickets'
import { ResendInvitationButton } from './ResendInvitationButton'
import { WithdrawButton } from './WithdrawButton'

export const dynamic = 'force-dynamic'
export const metadata = notIndexed('Dashboard')

export default async function DashboardPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params
  const t = dictionaryFor(lang)
  const { payload, user } = await session()
  if (!user) redirect(`/${lang}/login?next=/${lang}/dashboard`)
  const { announcements, invitations, registrations: docs } = await dashboardReads(payload, user)
  return (
    <>
      <h1>{t.myRegistrations}</h1>
      {invitations.length > 0 ? (
        <section aria-label={t.invitationsPending} className="panel" data-invitations>
          <h2>{t.invitationsPending}</h2>
          <ul>
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.team.teamName} · {invitation.team.code} · {invitation.team.competition} — {t.invitationExpires}{' '}
                {formatDateTime(invitation.expiresAt, lang)}
              </li>
            ))}
          </ul>
          <p className="muted">{t.invitationPendingHint}</p>
        </section>
      ) : null}
      <CheckInTickets lang={lang} payload={payload} user={user} />
      <CertificateList lang={lang} payload={payload} user={user} />
      <AnnouncementList announcements={announcements} empty={t.noAnnouncements} heading={t.announcements} lang={lang} showCompetition />
      {docs.length === 0 ? <p>{t.noRegistrations}</p> : null}
      {docs.map((registration) => {
        const competition = typeof registration.competition === 'object' ? registration.competition : null
        const leads = idOf(registration.leader) === String(user.id)
        const members = registration.members ?? []
        return (
          <section
            aria-label={registration.code ?? registration.teamName}
            className="panel"
            data-registration={registration.code}
            key={registration.id}
          >
            <h2>
              {registration.teamName} · {registration.code}
            </h2>
            <p>
              {competition ? <a href={`/${lang}/competitions/${competition.slug}`}>{competition.title}</a> : null} ·{' '}
              {formatDateTime(registration.createdAt, lang)}
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
            {leads ? (
              <>
                <h3>{t.membersTitle}</h3>
                <ul data-members>
                  {members.slice(1).map((member) => (
                    <li data-member-state={member.user ? 'accepted' : 'invited'} key={member.id}>
                      {member.name} ({member.email}) — {member.user ? t.accepted : t.invited}{' '}
                      {!member.user && member.id && !['rejected', 'withdrawn'].includes(registration.status) ? (
                        <ResendInvitationButton
                          done={t.resent}
                          label={t.resend}
                          member={member.id}
                          registration={String(registration.id)}
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t.memberOf(members[0]?.name ?? '')}</p>
            )}
            {leads && canEdit(registration.status) ? (
              <p>
                <a href={`/${lang}/registrations/${registration.id}/edit`}>{t.edit}</a>
              </p>
            ) : null}
            {canSubmit(registration.status) ? (
              <p>
                <a href={`/${lang}/registrations/${registration.id}/submissions`}>{t.submissions}</a>
              </p>
            ) : null}
            {leads && canWithdraw(registration.status) ? (
              <WithdrawButton confirmText={t.confirmWithdraw} id={String(registration.id)} label={t.withdraw} />
            ) : null}
          </section>
        )
      })}
      <p>
        <a href={`/${lang}/account`}>{t.account}</a>
      </p>
    </>
  )
}
