import type { Endpoint, PayloadRequest } from 'payload'

import type { Competition } from '../payload-types'

import { requireCommittee } from '../../access/endpoints'
import {
  EXPORT_FORMATS,
  EXPORT_LANGUAGES,
  exportFilename,
  type ExportFormat,
  parseChoice,
  type Parsed,
  parseStatuses,
  REGISTRATION_LAYOUTS,
  SCORE_VIEWS,
} from '../domain/exports'
import { exportResponse, type ExportTable } from '../exports/exportBody'
import { registrationsTable } from '../exports/registrationsTable'
import { rankingTable, scoresTable } from '../exports/scoresTables'
import { submissionsTable } from '../exports/submissionsTable'
import { exportWords, type ExportWords } from '../i18n/exports'
import { refuse } from '../shared/refusals'

/**
 * The committee's downloads, each as CSV (UTF-8 with BOM, for Excel) and as an Excel workbook:
 *
 *   GET /api/competitions/:id/export/registrations.csv|.xlsx  ?status=…(one or several) &per=team|member &lang=en|id
 *   GET /api/competitions/:id/export/submissions.csv|.xlsx    ?stage=<key> (absent: every stage) &lang=…
 *   GET /api/competitions/:id/export/scores.csv|.xlsx         ?stage=<key> (required) &view=scores|ranking (CSV only) &lang=…
 *
 * The scores workbook holds two sheets, every score and the stage's ranking; a CSV holds one
 * table, so `view` picks it (every score by default). Rows are read from the database a page at
 * a time while the file streams out (src/exports/). Committee only: anonymous callers get 401,
 * participants and judges 403, an unknown competition 404, a query value that is not accepted
 * (an unknown status, stage or parameter) 400. Only REST has exports; GraphQL has none.
 */

type Stage = NonNullable<Competition['stages']>[number]
type Built = { tables: ExportTable[]; what: string[] }
type Build = (req: PayloadRequest, args: { competition: Competition; format: ExportFormat; words: ExportWords }) => Built

const ONLY_COMMITTEE = "Only the committee downloads a competition's registrations, submissions and scores."

const orRefuse = <T>(parsed: Parsed<T>): T => {
  if (!parsed.ok) throw refuse(400, parsed.error)
  return parsed.value
}

const param = (req: PayloadRequest, name: string): string[] => req.searchParams.getAll(name)

/** A parameter sent at most once. */
const single = (req: PayloadRequest, name: string): string | undefined => {
  const values = param(req, name)
  if (values.length > 1) throw refuse(400, `Send ${name} once (got "${values.join('", "')}").`)
  return values[0]
}

/** A stage named by `?stage=`, or a 400 listing the competition's stages. */
const stageOf = (competition: Competition, key: string | undefined): Stage => {
  const stages = competition.stages ?? []
  const stage = stages.find((candidate) => candidate.key === key)
  if (stage) return stage
  const known = stages.length > 0 ? `its stages are: ${stages.map((candidate) => candidate.key).join(', ')}` : 'it has no stages yet'
  throw refuse(400, key ? `${competition.title} has no stage "${key}"; ${known}.` : `Send ?stage=<key>: ${known}.`)
}

const exportEndpoints = (name: string, parameters: string[], build: Build): Endpoint[] =>
  EXPORT_FORMATS.map((format) => ({
    handler: async (req) => {
      requireCommittee(req, { anonymous: ONLY_COMMITTEE, other: ONLY_COMMITTEE })
      // A misspelt filter (?statuses=verified) would export every row and look right: refused.
      const accepted = ['lang', ...parameters]
      const unknown = [...new Set(req.searchParams.keys())].filter((key) => !accepted.includes(key))
      if (unknown.length > 0) throw refuse(400, `Unknown parameter "${unknown.join('", "')}"; this export accepts: ${accepted.join(', ')}.`)
      const language = orRefuse(parseChoice('lang', param(req, 'lang'), EXPORT_LANGUAGES, 'en'))
      const id = String(req.routeParams?.id)
      const competition = await req.payload
        .findByID({ collection: 'competitions', depth: 0, disableErrors: true, id, overrideAccess: true, req })
        .catch(() => null)
      if (!competition) throw refuse(404, `No competition has the id "${id}". Take the id from the competition's address in /admin.`)
      const { tables, what } = build(req, { competition, format, words: exportWords(language) })
      const filename = exportFilename({ date: new Date(), extension: format, slug: competition.slug, what: [name, ...what] })
      return exportResponse(req, format, tables, filename)
    },
    method: 'get',
    path: `/:id/export/${name}.${format}`,
  }))

const registrations = exportEndpoints('registrations', ['status', 'per'], (req, { competition, words }) => {
  const statuses = orRefuse(parseStatuses(param(req, 'status')))
  const layout = orRefuse(parseChoice('per', param(req, 'per'), REGISTRATION_LAYOUTS, 'team'))
  return {
    tables: [registrationsTable(req, { competition, layout, statuses, words })],
    what: [...(statuses ?? []), ...(layout === 'member' ? ['per-member'] : [])],
  }
})

const submissions = exportEndpoints('submissions', ['stage'], (req, { competition, words }) => {
  const key = single(req, 'stage')
  const stages = key === undefined ? (competition.stages ?? []) : [stageOf(competition, key)]
  return { tables: [submissionsTable(req, { competition, stages, words })], what: key === undefined ? [] : [key] }
})

const scores = exportEndpoints('scores', ['stage', 'view'], (req, { competition, format, words }) => {
  const stage = stageOf(competition, single(req, 'stage'))
  const view = orRefuse(parseChoice('view', param(req, 'view'), SCORE_VIEWS, 'scores'))
  const tables = { ranking: rankingTable(req, { competition, stage, words }), scores: scoresTable(req, { competition, stage, words }) }
  if (format === 'xlsx') return { tables: [tables.scores, tables.ranking], what: [stage.key] }
  return { tables: [tables[view]], what: [stage.key, ...(view === 'ranking' ? ['ranking'] : [])] }
})

export const exportEndpointsOfCompetitions: Endpoint[] = [...registrations, ...submissions, ...scores]
