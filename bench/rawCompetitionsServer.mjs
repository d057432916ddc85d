// The baseline of bench/competitions-api.bench.ts: what `GET /api/competitions?limit=10&depth=1`
// costs with nothing but node:http and the libSQL client reading the same SQLite file, giving the
// same JSON shape (published competitions, newest registration opening first, with their stages
// and rubrics, fee waves, prizes, contacts, judges' ids, the accent colour and the poster, logo and guidebook as media
// documents). No access control, hooks, validation or caching: the floor Payload is measured against.
//
//   node bench/rawCompetitionsServer.mjs <database file> <port> <server url>
import { createClient } from '@libsql/client'
import { Buffer } from 'node:buffer'
import http from 'node:http'
import { URL } from 'node:url'

const [file, port, serverUrl] = process.argv.slice(2)
const client = createClient({ url: `file:${file}` })

const groupBy = (rows, key) => {
  const groups = new Map()
  for (const row of rows) {
    const list = groups.get(row[key]) ?? []
    list.push(row)
    groups.set(row[key], list)
  }
  return groups
}
const placeholders = (values) => values.map(() => '?').join(', ')
const bool = (value) => value === 1 || value === true
const fileUrl = (filename) => (filename ? `${serverUrl}/api/media/file/${encodeURIComponent(filename)}` : null)

const size = (row, name) => ({
  filename: row[`sizes_${name}_filename`],
  filesize: row[`sizes_${name}_filesize`],
  height: row[`sizes_${name}_height`],
  mimeType: row[`sizes_${name}_mime_type`],
  url: fileUrl(row[`sizes_${name}_filename`]),
  width: row[`sizes_${name}_width`],
})

const media = (row) => ({
  alt: row.alt,
  createdAt: row.created_at,
  filename: row.filename,
  filesize: row.filesize,
  focalX: row.focal_x,
  focalY: row.focal_y,
  height: row.height,
  id: row.id,
  mimeType: row.mime_type,
  sizes: { card: size(row, 'card'), thumbnail: size(row, 'thumbnail') },
  thumbnailURL: row.sizes_thumbnail_filename ? fileUrl(row.sizes_thumbnail_filename) : null,
  updatedAt: row.updated_at,
  url: fileUrl(row.filename),
  width: row.width,
})

const competitions = async (limit, page) => {
  const [{ rows: totals }, { rows }] = await Promise.all([
    client.execute({ args: ['published'], sql: 'SELECT count(*) AS total FROM competitions WHERE _status = ?' }),
    client.execute({
      args: ['published', limit, (page - 1) * limit],
      sql: 'SELECT * FROM competitions WHERE _status = ? ORDER BY registration_opens_at DESC LIMIT ? OFFSET ?',
    }),
  ])
  const ids = rows.map((row) => row.id)
  const mediaIds = [...new Set(rows.flatMap((row) => [row.poster_id, row.guidebook_id, row.logo_id]).filter(Boolean))]
  const of = (table, order = '_order') =>
    ids.length === 0
      ? { rows: [] }
      : client.execute({ args: ids, sql: `SELECT * FROM ${table} WHERE _parent_id IN (${placeholders(ids)}) ORDER BY ${order}` })
  const [stages, fees, prizes, contacts, judges, mediaRows] = await Promise.all([
    of('competitions_stages'),
    of('competitions_fee_schedule'),
    of('competitions_prizes'),
    of('competitions_contacts'),
    ids.length === 0
      ? { rows: [] }
      : client.execute({
          args: ids,
          sql: `SELECT parent_id, users_id FROM competitions_rels WHERE path = 'judges' AND parent_id IN (${placeholders(ids)}) ORDER BY "order"`,
        }),
    mediaIds.length === 0
      ? { rows: [] }
      : client.execute({ args: mediaIds, sql: `SELECT * FROM media WHERE id IN (${placeholders(mediaIds)})` }),
  ])
  const stageIds = stages.rows.map((row) => row.id)
  const [rubrics, kinds, fileTypes] =
    stageIds.length === 0
      ? [{ rows: [] }, { rows: [] }, { rows: [] }]
      : await Promise.all([
          client.execute({
            args: stageIds,
            sql: `SELECT * FROM competitions_stages_rubric WHERE _parent_id IN (${placeholders(stageIds)}) ORDER BY _order`,
          }),
          client.execute({
            args: stageIds,
            sql: `SELECT * FROM competitions_stages_submission_kinds WHERE parent_id IN (${placeholders(stageIds)}) ORDER BY "order"`,
          }),
          client.execute({
            args: stageIds,
            sql: `SELECT * FROM competitions_stages_accepted_file_types WHERE parent_id IN (${placeholders(stageIds)}) ORDER BY "order"`,
          }),
        ])
  const stagesOf = groupBy(stages.rows, '_parent_id')
  const feesOf = groupBy(fees.rows, '_parent_id')
  const prizesOf = groupBy(prizes.rows, '_parent_id')
  const contactsOf = groupBy(contacts.rows, '_parent_id')
  const judgesOf = groupBy(judges.rows, 'parent_id')
  const rubricOf = groupBy(rubrics.rows, '_parent_id')
  const kindsOf = groupBy(kinds.rows, 'parent_id')
  const fileTypesOf = groupBy(fileTypes.rows, 'parent_id')
  const mediaById = new Map(mediaRows.rows.map((row) => [row.id, media(row)]))
  const total = Number(totals[0].total)
  const totalPages = Math.max(1, Math.ceil(total / limit))

  const docs = rows.map((row) => ({
    _status: row._status,
    accentColor: row.accent_color ?? null,
    category: row.category,
    codePrefix: row.code_prefix,
    contacts: (contactsOf.get(row.id) ?? []).map((c) => ({ email: c.email, id: c.id, name: c.name, phone: c.phone })),
    createdAt: row.created_at,
    description: row.description ? JSON.parse(row.description) : null,
    fee: row.fee,
    feeSchedule: (feesOf.get(row.id) ?? []).map((f) => ({ fee: f.fee, id: f.id, label: f.label, until: f.until })),
    guidebook: row.guidebook_id ? (mediaById.get(row.guidebook_id) ?? row.guidebook_id) : null,
    id: row.id,
    judges: (judgesOf.get(row.id) ?? []).map((j) => j.users_id),
    logo: row.logo_id ? (mediaById.get(row.logo_id) ?? row.logo_id) : null,
    maxTeamsPerInstitution: row.max_teams_per_institution,
    poster: row.poster_id ? (mediaById.get(row.poster_id) ?? row.poster_id) : null,
    prizes: (prizesOf.get(row.id) ?? []).map((p) => ({ id: p.id, reward: p.reward, title: p.title })),
    quota: row.quota,
    registrationClosesAt: row.registration_closes_at,
    registrationOpensAt: row.registration_opens_at,
    slug: row.slug,
    stages: (stagesOf.get(row.id) ?? []).map((s) => ({
      acceptedFileTypes: (fileTypesOf.get(s.id) ?? []).map((t) => t.value),
      closesAt: s.closes_at,
      description: s.description,
      eligibility: s.eligibility,
      graceMinutes: s.grace_minutes,
      id: s.id,
      judgesPerSubmission: s.judges_per_submission,
      judgingClosesAt: s.judging_closes_at,
      key: s.key,
      maxFileSizeMB: s.max_file_size_m_b,
      name: s.name,
      opensAt: s.opens_at,
      rankingMethod: s.ranking_method,
      resultsPublished: bool(s.results_published),
      rubric: (rubricOf.get(s.id) ?? []).map((r) => ({ criterion: r.criterion, id: r.id, maxScore: r.max_score, weight: r.weight })),
      submissionKinds: (kindsOf.get(s.id) ?? []).map((k) => k.value),
    })),
    summary: row.summary,
    teamSize: { max: row.team_size_max, min: row.team_size_min },
    title: row.title,
    updatedAt: row.updated_at,
    waitlist: bool(row.waitlist),
  }))
  return {
    docs,
    hasNextPage: page < totalPages,
    hasPrevPage: page > 1,
    limit,
    nextPage: page < totalPages ? page + 1 : null,
    page,
    pagingCounter: (page - 1) * limit + 1,
    prevPage: page > 1 ? page - 1 : null,
    totalDocs: total,
    totalPages,
  }
}

http
  .createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname !== '/api/competitions') {
      response.writeHead(404).end()
      return
    }
    try {
      const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 10) || 10)
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
      const body = JSON.stringify(await competitions(limit, page))
      response.writeHead(200, { 'Content-Length': Buffer.byteLength(body), 'Content-Type': 'application/json' }).end(body)
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error))
    }
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`raw competitions server on ${port}`))
