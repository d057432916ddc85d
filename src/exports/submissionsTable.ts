import type { PayloadRequest, Where } from 'payload'

import type { Cell } from '../domain/csv'
import type { ExportWords } from '../i18n/exports'
import type { Competition } from '../payload-types'
import type { ExportTable } from './exportBody'

import { findAllAsServer } from '../db/findAllAsServer'
import { pageThrough } from '../db/pageThrough'
import { jakartaDateTime } from '../domain/exports'
import { idOf } from '../shared/idOf'
import { teamsById } from './lookups'

type Stage = NonNullable<Competition['stages']>[number]

const SELECT = { file: true, late: true, link: true, notes: true, registration: true, stage: true, submittedAt: true, text: true } as const

/**
 * The work submitted to `stages` (in the competition's order), one row per submission, oldest
 * first. A file is linked through the access-checked file route (/api/attachments/file/…), which
 * asks whoever opens the link to be logged in as someone allowed to read it: never a public URL.
 */
export const submissionsTable = (
  req: PayloadRequest,
  args: { competition: Pick<Competition, 'id'>; stages: Stage[]; words: ExportWords },
): ExportTable => {
  const { competition, stages, words } = args
  const { routes, serverURL } = req.payload.config
  const fileUrl = (filename: string) => `${serverURL}${routes.api}/attachments/file/${encodeURIComponent(filename)}`
  const header = [
    words.code,
    words.teamName,
    words.institution,
    words.stage,
    words.kind,
    words.link,
    words.text,
    words.notes,
    words.fileName,
    words.file,
    words.submittedAt,
    words.late,
  ]

  async function* pages(): AsyncGenerator<Cell[][]> {
    for (const stage of stages) {
      const where: Where = { and: [{ competition: { equals: competition.id } }, { stage: { equals: stage.key } }] }
      for await (const page of pageThrough(req, 'submissions', { select: SELECT, where })) {
        const fileIds = page.map((submission) => idOf(submission.file)).filter((id): id is string => Boolean(id))
        // One query after the other: inside a transaction they would share one connection.
        const teams = await teamsById(
          req,
          page.map((submission) => idOf(submission.registration)),
        )
        const files =
          fileIds.length === 0
            ? []
            : await findAllAsServer(req, 'attachments', { select: { filename: true }, where: { id: { in: fileIds } } })
        const filenames = new Map(files.map((file) => [String(file.id), file.filename ?? '']))
        yield page.map((submission) => {
          const team = teams.get(idOf(submission.registration) as string)
          const filename = filenames.get(idOf(submission.file) as string) ?? ''
          const kinds = (['file', 'link', 'text'] as const).filter((kind) => (kind === 'file' ? filename : submission[kind]))
          return [
            team?.code,
            team?.teamName,
            team?.institution,
            stage.name,
            kinds.map((kind) => words.kinds[kind]).join(', '),
            submission.link,
            submission.text,
            submission.notes,
            filename,
            filename ? fileUrl(filename) : '',
            jakartaDateTime(submission.submittedAt),
            submission.late ? words.yes : words.no,
          ]
        })
      }
    }
  }

  return { header, name: words.sheets.submissions, pages }
}
