import { redirect } from 'next/navigation'

import { canEdit } from '@/domain/registration'
import { notIndexed } from '@/frontend/pageMetadata'
import { memberRegistration } from '@/frontend/session'
import { dictionaryFor } from '@/i18n/dictionary'
import { idOf } from '@/shared/idOf'

import { registerFormLabels } from '../../../competitions/[slug]/register/labels'
import { RegisterForm } from '../../../competitions/[slug]/register/RegisterForm'

export const dynamic = 'force-dynamic'
export const metadata = notIndexed('Registration')

/** Edit a registration while it is pending or needs revision (the server enforces when). */
export default async function EditRegistrationPage({ params }: { params: Promise<{ id: string; lang: string }> }) {
  const { id, lang } = await params
  const t = dictionaryFor(lang)
  const { competition, registration, user } = await memberRegistration(lang, id, 'edit')
  if (!canEdit(registration.status)) redirect(`/${lang}/dashboard`)
  return (
    <>
      <h1>
        {registration.teamName} · {registration.code}
      </h1>
      {registration.reviewNote ? (
        <p className="panel">
          <strong>{t.note}:</strong> {registration.reviewNote}
        </p>
      ) : null}
      <RegisterForm
        competitionId={String(competition.id)}
        existing={{
          id: String(registration.id),
          institution: registration.institution,
          members: (registration.members ?? []).map((member) => ({
            email: member.email,
            name: member.name,
            studentCard: idOf(member.studentCard),
            studentId: member.studentId,
          })),
          paymentProof: idOf(registration.paymentProof),
          teamName: registration.teamName,
        }}
        labels={registerFormLabels(t, t.save)}
        lang={lang}
        leader={{ email: user.email, institution: user.institution ?? '', name: user.name }}
        needsProof={(registration.feeDue ?? 0) > 0}
        teamSize={{ max: competition.teamSize.max, min: competition.teamSize.min }}
      />
    </>
  )
}
