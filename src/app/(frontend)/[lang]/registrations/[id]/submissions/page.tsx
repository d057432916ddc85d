import { isEligibleForStage, submissionWindow } from '@/domain/judging'
import { canSubmit } from '@/domain/registration'
import { notIndexed } from '@/frontend/pageMetadata'
import { memberRegistration } from '@/frontend/session'
import { dictionaryFor } from '@/i18n/dictionary'
import { acceptAttribute } from '@/uploads/fileKinds'

import { formatDateTime } from '../../../format'
import { Countdown } from './Countdown'
import { SubmissionForm } from './SubmissionForm'

export const dynamic = 'force-dynamic'
export const metadata = notIndexed('Submissions')

/**
 * A team's work, stage by stage: the window (with a countdown), the current submission and its
 * history, and a form while the stage is open. Everything is read as the logged-in member.
 */
export default async function SubmissionsPage({ params }: { params: Promise<{ id: string; lang: string }> }) {
  const { id, lang } = await params
  const t = dictionaryFor(lang)
  const { competition, payload, registration, user } = await memberRegistration(lang, id, 'submissions')
  const now = new Date()
  const { docs: submissions } = await payload.find({
    collection: 'submissions',
    depth: 1,
    limit: 50,
    overrideAccess: false,
    user,
    where: { registration: { equals: registration.id } },
  })
  const stages = (competition.stages ?? []).filter((stage) => isEligibleForStage(stage, registration.progress))
  const sections = await Promise.all(
    stages.map(async (stage) => {
      const current = submissions.find((submission) => submission.stage === stage.key)
      const history = current
        ? (
            await payload.findVersions({
              collection: 'submissions',
              limit: 20,
              overrideAccess: false,
              sort: '-createdAt',
              user,
              where: { parent: { equals: current.id } },
            })
          ).docs
        : []
      const window = submissionWindow(stage, now)
      const file = current && typeof current.file === 'object' ? current.file : null
      return (
        <section className="panel" data-stage={stage.key} key={stage.key}>
          <h2>{stage.name}</h2>
          <p>{t.submissionWindow(formatDateTime(stage.opensAt, lang), formatDateTime(stage.closesAt, lang))}</p>
          {window.open ? (
            <Countdown label={t.closesCountdown} until={stage.closesAt} />
          ) : (
            <p>{new Date(stage.opensAt) > now ? t.stageNotOpen : t.stageClosed}</p>
          )}
          <h3>{t.submissionCurrent}</h3>
          {current ? (
            <p data-submission={current.id}>
              {t.submittedAt}: <time dateTime={current.submittedAt ?? undefined}>{formatDateTime(current.submittedAt, lang)}</time>
              {current.late ? ` (${t.late})` : ''}
              {file?.url ? (
                <>
                  {' · '}
                  <a href={file.url}>{file.filename}</a>
                </>
              ) : null}
              {current.link ? (
                <>
                  {' · '}
                  <a href={current.link} rel="noopener noreferrer nofollow">
                    {current.link}
                  </a>
                </>
              ) : null}
            </p>
          ) : (
            <p>{t.submissionNone}</p>
          )}
          {history.length > 1 ? (
            <>
              <h3>{t.submissionHistory}</h3>
              <ul>
                {history.map((version) => (
                  <li key={version.id}>{formatDateTime(version.version.submittedAt, lang)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {window.open && canSubmit(registration.status) ? (
            <SubmissionForm
              accept={acceptAttribute(stage.acceptedFileTypes ?? [])}
              current={current ? String(current.id) : undefined}
              kinds={stage.submissionKinds ?? []}
              labels={{
                failed: t.failed,
                file: t.file,
                link: t.link,
                saving: t.saving,
                submit: t.submit,
                text: t.text,
                uploading: t.uploading,
              }}
              registration={String(registration.id)}
              stage={stage.key}
            />
          ) : null}
        </section>
      )
    }),
  )
  return (
    <>
      <h1>
        {t.submissions}: {registration.teamName} ({registration.code})
      </h1>
      {sections}
    </>
  )
}
