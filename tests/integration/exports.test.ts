import ExcelJS from 'exceljs'
import crypto from 'node:crypto'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Competition } from '../../src/payload-types'

import { pageThrough } from '../../src/db/pageThrough'
import { neutraliseFormula } from '../../src/domain/csv'
import { errorMessages, SERVER_URL, startApp, type TestApp, type TestUser } from '../helpers/app'
import { csvObjects } from '../helpers/csv'
import { daysFromNow } from '../helpers/fixtures'
import { openStage, uploadSubmissionFile } from '../helpers/judging'
import { publishCompetition, registrationBody } from '../helpers/registrations'

/**
 * The committee's downloads (src/endpoints/exports.ts), through the real REST handler with real
 * tokens: what each file holds, read back with an RFC 4180 parser (CSV) and with exceljs (XLSX),
 * and who may download it. Only REST has exports: the GraphQL API has no export surface, so
 * there is nothing to refuse there.
 *
 * The competition (fee Rp150,000, teams of up to 3), oldest team first:
 *   Tim Bali         verified        members Ni Luh Putu Ayu Saraswati (leader), Đỗ Minh Anh, Zoë Tanuwijaya;
 *                                    a PDF for the preliminary, scored by both judges; advanced into the final; 1st place
 *   =HYPERLINK(…)    verified        a team name a spreadsheet would run; a link for the preliminary, scored by judge A
 *   Tim Revisi       needs revision  a review note with a comma, quotes and a line break
 *   Tim Ditolak      rejected
 *   Tim Menunggu     pending
 */
let app: TestApp
let committee: TestUser
let participant: TestUser
let judgeA: TestUser
let judgeB: TestUser
let competition: Competition
let fileName: string
const FORMULA_TEAM = '=HYPERLINK("http://evil.example","klik")'
const REVISION_NOTE = 'Foto KTM buram, "unggah ulang", mohon.\nTerima kasih'
const teams: Record<string, { code: string; id: string; leader: TestUser }> = {}

const addTeam = async (key: string, options: { institution: string; leaderName?: string; memberNames?: string[]; teamName: string }) => {
  const leader = await app.createUser('participant', options.leaderName ? { name: options.leaderName } : {})
  const body = await registrationBody(app, leader, competition, {
    institution: options.institution,
    members: 1 + (options.memberNames?.length ?? 1),
    teamName: options.teamName,
  })
  options.memberNames?.forEach((name, index) => (body.members[index + 1].name = name))
  const created = await app.rest.post('/registrations', { body, token: leader.token })
  if (created.status !== 201) throw new Error(`register ${key}: ${created.status} ${JSON.stringify(created.body)}`)
  teams[key] = { code: created.body.doc.code, id: created.body.doc.id, leader }
}

const review = async (key: string, status: string, reviewNote?: string) => {
  const response = await app.rest.patch(`/registrations/${teams[key].id}`, { body: { reviewNote, status }, token: committee.token })
  expect(response.status).toBe(200)
}

const score = async (judge: TestUser, submission: string, innovation: number, execution: number) => {
  const response = await app.rest.post('/scores', {
    body: {
      comment: `Nilai dari ${judge.user.name}`,
      criteria: [
        { criterion: 'Innovation', score: innovation },
        { criterion: 'Execution', score: execution },
      ],
      submission,
    },
    token: judge.token,
  })
  expect(response.status).toBe(201)
  return response.body.doc.total as number
}

const download = (path: string, token?: string) => app.rest.get(`/competitions/${competition.id}/export/${path}`, { token })

const csv = async (path: string) => {
  const response = await download(path, committee.token)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return { ...csvObjects(response.body as Buffer), response }
}

/** A sheet's rows as objects keyed by its heading row, cells as the CSV would write them. */
const sheetObjects = (sheet: ExcelJS.Worksheet) => {
  const records: unknown[][] = []
  sheet.eachRow((row) => records.push((row.values as unknown[]).slice(1)))
  const [header, ...rows] = records
  const text = (value: unknown) =>
    value === null || value === undefined ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value)
  return { header, rows: rows.map((row) => Object.fromEntries(header.map((heading, index) => [heading, text(row[index])]))) }
}

const workbook = async (path: string) => {
  const response = await download(path, committee.token)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(response.body as never)
  return book
}

let totals: { bali: number[]; formula: number }

beforeAll(async () => {
  app = await startApp()
  committee = await app.createUser('committee')
  participant = await app.createUser('participant')
  judgeA = await app.createUser('judge', { name: 'Juri Anak Agung' })
  judgeB = await app.createUser('judge', { name: 'Juri Bernadette' })
  competition = await publishCompetition(app, committee, {
    fee: 150_000,
    judges: [judgeA.user.id, judgeB.user.id],
    stages: [
      openStage(),
      openStage({ closesAt: daysFromNow(3), key: 'final', name: 'Final', opensAt: daysFromNow(2) }),
    ] as Competition['stages'],
    teamSize: { max: 3, min: 1 },
  })

  await addTeam('bali', {
    institution: 'Universitas Udayana',
    leaderName: 'Ni Luh Putu Ayu Saraswati',
    memberNames: ['Đỗ Minh Anh', 'Zoë Tanuwijaya'],
    teamName: 'Tim Bali',
  })
  await addTeam('formula', { institution: '@Institut Teknologi', teamName: FORMULA_TEAM })
  await addTeam('revision', { institution: 'Universitas Indonesia', teamName: 'Tim Revisi' })
  await addTeam('rejected', { institution: 'Universitas Brawijaya', teamName: 'Tim Ditolak' })
  await addTeam('pending', { institution: 'Universitas Airlangga', teamName: 'Tim Menunggu' })
  await review('bali', 'verified')
  await review('formula', 'verified')
  await review('revision', 'needs-revision', REVISION_NOTE)
  await review('rejected', 'rejected', 'Bukan mahasiswa aktif.')

  const file = await uploadSubmissionFile(app, teams.bali.leader)
  fileName = file.filename
  const baliWork = await app.rest.post('/submissions', {
    body: { file: file.id, registration: teams.bali.id, stage: 'preliminary' },
    token: teams.bali.leader.token,
  })
  expect(baliWork.status).toBe(201)
  const formulaWork = await app.rest.post('/submissions', {
    body: { link: 'https://example.com/formula', registration: teams.formula.id, stage: 'preliminary' },
    token: teams.formula.leader.token,
  })
  expect(formulaWork.status).toBe(201)
  totals = {
    bali: [await score(judgeA, baliWork.body.doc.id, 9, 4), await score(judgeB, baliWork.body.doc.id, 6, 5)],
    formula: await score(judgeA, formulaWork.body.doc.id, 5, 2),
  }
  const advanced = await app.rest.post(`/competitions/${competition.id}/stages/preliminary/advance`, {
    body: { registrations: [teams.bali.id] },
    token: committee.token,
  })
  expect(advanced.status).toBe(200)
  const placed = await app.rest.patch(`/registrations/${teams.bali.id}`, { body: { placing: 'first' }, token: committee.token })
  expect(placed.status).toBe(200)
})

afterAll(async () => {
  await app?.close()
})

describe('registrations.csv', () => {
  it('one row per team, oldest first, members side by side, as Excel reads it (BOM, quoting, no formulas)', async () => {
    const { header, response, rows } = await csv('registrations.csv')
    const bytes = response.body as Buffer
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.includes(Buffer.from('Zoë Tanuwijaya', 'utf8'))).toBe(true)
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="${competition.slug}-registrations-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    )

    expect(header).toEqual([
      'Code',
      'Team',
      'Institution',
      'Status',
      'Leader name',
      'Leader email',
      'Members',
      ...[1, 2, 3].flatMap((n) => [`Member ${n} name`, `Member ${n} email`, `Member ${n} student ID`]),
      'Other members',
      'Fee due (Rp)',
      'Registered at (WIB)',
      'Reviewed at (WIB)',
      'Reviewed by',
      'Review note',
      'Advanced into',
      'Placing',
    ])
    expect(rows.map((row) => row.Code)).toEqual(['bali', 'formula', 'revision', 'rejected', 'pending'].map((key) => teams[key].code))

    const [bali, formula, revision, rejected, pending] = rows
    expect(bali).toMatchObject({
      'Advanced into': 'Final',
      'Fee due (Rp)': '150000',
      Institution: 'Universitas Udayana',
      'Leader email': teams.bali.leader.user.email,
      'Leader name': 'Ni Luh Putu Ayu Saraswati',
      'Member 1 name': 'Ni Luh Putu Ayu Saraswati',
      'Member 2 name': 'Đỗ Minh Anh',
      'Member 3 name': 'Zoë Tanuwijaya',
      Members: '3',
      'Other members': '',
      Placing: '1st place',
      'Review note': '',
      'Reviewed by': committee.user.name,
      Status: 'Verified',
      Team: 'Tim Bali',
    })
    expect(bali['Member 2 student ID']).toMatch(/^NIM-/)
    expect(bali['Registered at (WIB)']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(bali['Reviewed at (WIB)']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)

    // Text a spreadsheet would run is written with a leading quote; the raw bytes hold no bare formula.
    expect(formula.Team).toBe(`'${FORMULA_TEAM}`)
    expect(formula.Institution).toBe("'@Institut Teknologi")
    expect(bytes.toString('utf8')).not.toMatch(/(^|,)=HYPERLINK/m)
    expect(formula).toMatchObject({ 'Member 3 name': '', Members: '2', Status: 'Verified' })

    expect(revision).toMatchObject({ 'Review note': REVISION_NOTE, Status: 'Needs revision' })
    expect(rejected).toMatchObject({ 'Review note': 'Bukan mahasiswa aktif.', Status: 'Rejected' })
    expect(pending).toMatchObject({ 'Reviewed at (WIB)': '', 'Reviewed by': '', Status: 'Pending review' })
  })

  it('in Indonesian with ?lang=id', async () => {
    const { header, rows } = await csv('registrations.csv?lang=id')
    expect(header.slice(0, 7)).toEqual(['Kode', 'Tim', 'Institusi', 'Status', 'Nama ketua', 'Email ketua', 'Jumlah anggota'])
    expect(header).toContain('Nama anggota 3')
    expect(rows.map((row) => row.Status)).toEqual(['Terverifikasi', 'Terverifikasi', 'Perlu perbaikan', 'Ditolak', 'Menunggu pemeriksaan'])
    expect(rows[0].Juara).toBe('Juara 1')
  })

  it('filtered by one or several statuses, sent repeated or comma-separated', async () => {
    const codes = async (query: string) => (await csv(`registrations.csv?${query}`)).rows.map((row) => row.Code)
    expect(await codes('status=verified')).toEqual([teams.bali.code, teams.formula.code])
    expect(await codes('status=pending,needs-revision')).toEqual([teams.revision.code, teams.pending.code])
    expect(await codes('status=rejected&status=verified')).toEqual([teams.bali.code, teams.formula.code, teams.rejected.code])
    expect(await codes('status=withdrawn')).toEqual([])
    const filtered = await download('registrations.csv?status=verified', committee.token)
    expect(filtered.headers.get('content-disposition')).toMatch(/-registrations-verified-\d{4}-\d{2}-\d{2}\.csv"$/)
  })

  it('one row per member with ?per=member, the team repeated on each', async () => {
    const { header, rows } = await csv('registrations.csv?per=member&status=verified')
    expect(header.slice(0, 9)).toEqual([
      'Code',
      'Team',
      'Institution',
      'Status',
      'Member no.',
      'Member name',
      'Member email',
      'Student ID',
      'Leader',
    ])
    expect(header).not.toContain('Member 2 name')
    expect(rows.map((row) => [row.Code, row['Member no.'], row['Member name'], row.Leader])).toEqual([
      [teams.bali.code, '1', 'Ni Luh Putu Ayu Saraswati', 'Yes'],
      [teams.bali.code, '2', 'Đỗ Minh Anh', 'No'],
      [teams.bali.code, '3', 'Zoë Tanuwijaya', 'No'],
      [teams.formula.code, '1', teams.formula.leader.user.name, 'Yes'],
      [teams.formula.code, '2', 'Member 1', 'No'],
    ])
    for (const row of rows.slice(0, 3)) {
      expect(row).toMatchObject({ 'Fee due (Rp)': '150000', 'Leader name': 'Ni Luh Putu Ayu Saraswati', Members: '3', Team: 'Tim Bali' })
    }
  })

  it('refuses a filter it does not know, rather than exporting every row', async () => {
    for (const query of ['status=approved', 'status=verified,nope', 'per=row', 'lang=fr', 'lang=en&lang=id', 'statuses=verified']) {
      const response = await download(`registrations.csv?${query}`, committee.token)
      expect(response.status, query).toBe(400)
      expect(errorMessages(response.body).join(' ')).toMatch(/status|per|lang|parameter/)
    }
    const response = await download('registrations.csv?status=approved', committee.token)
    expect(errorMessages(response.body)[0]).toMatch(/pending, needs-revision, verified, rejected, withdrawn, waitlisted/)
  })
})

describe('registrations.xlsx', () => {
  it('opens in Excel with the same rows as the CSV; text cells stay text, never formulas', async () => {
    const book = await workbook('registrations.xlsx')
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Registrations'])
    const sheet = book.worksheets[0]
    const fromCsv = await csv('registrations.csv')
    const fromXlsx = sheetObjects(sheet)
    expect(fromXlsx.header).toEqual(fromCsv.header)
    expect(fromXlsx.rows).toEqual(fromCsv.rows)
    // The raw cell: the team name as typed, a string, no formula.
    const formulaCell = sheet.getRow(3).getCell(2)
    expect(formulaCell.value).toBe(FORMULA_TEAM)
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getRow(2).getCell(fromCsv.header.indexOf('Fee due (Rp)') + 1).value).toBe(150_000)
  })

  it('per member and filtered, in Indonesian', async () => {
    const book = await workbook('registrations.xlsx?per=member&status=verified&lang=id')
    const { rows } = sheetObjects(book.getWorksheet('Pendaftaran') as ExcelJS.Worksheet)
    expect(rows.map((row) => row['Nama anggota'])).toEqual([
      'Ni Luh Putu Ayu Saraswati',
      'Đỗ Minh Anh',
      'Zoë Tanuwijaya',
      teams.formula.leader.user.name,
      'Member 1',
    ])
    const download = await app.rest.get(`/competitions/${competition.id}/export/registrations.xlsx?per=member`, { token: committee.token })
    expect(download.headers.get('content-disposition')).toMatch(/-registrations-per-member-\d{4}-\d{2}-\d{2}\.xlsx"$/)
  })
})

describe('submissions.csv / .xlsx', () => {
  it('one row per submission, the file linked through the access-checked file route', async () => {
    const { header, rows } = await csv('submissions.csv?stage=preliminary')
    expect(header).toEqual([
      'Code',
      'Team',
      'Institution',
      'Stage',
      'Kind',
      'Link',
      'Text',
      'Notes',
      'File name',
      'File',
      'Submitted at (WIB)',
      'Late',
    ])
    expect(rows).toHaveLength(2)
    const fileUrl = `${SERVER_URL}/api/attachments/file/${fileName}`
    expect(rows[0]).toMatchObject({
      Code: teams.bali.code,
      File: fileUrl,
      'File name': fileName,
      Kind: 'File',
      Late: 'No',
      Link: '',
      Stage: 'Preliminary',
      Team: 'Tim Bali',
    })
    expect(rows[0]['Submitted at (WIB)']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(rows[1]).toMatchObject({
      Code: teams.formula.code,
      File: '',
      Kind: 'Link',
      Link: 'https://example.com/formula',
      Team: `'${FORMULA_TEAM}`,
    })
    // The link is not a way in: the file route still asks who is asking.
    expect((await app.rest.get(`/attachments/file/${fileName}`, { token: committee.token })).status).toBe(200)
    for (const token of [undefined, participant.token]) {
      expect([401, 403, 404]).toContain((await app.rest.get(`/attachments/file/${fileName}`, { token })).status)
    }
  })

  it('every stage without ?stage, an empty stage with its headings only, and the workbook alike', async () => {
    expect((await csv('submissions.csv')).rows.map((row) => row.Code)).toEqual([teams.bali.code, teams.formula.code])
    const final = await csv('submissions.csv?stage=final')
    expect(final.rows).toEqual([])
    expect(final.header[0]).toBe('Code')
    const book = await workbook('submissions.xlsx?stage=preliminary')
    expect(sheetObjects(book.getWorksheet('Submissions') as ExcelJS.Worksheet).rows).toEqual(
      (await csv('submissions.csv?stage=preliminary')).rows,
    )
  })

  it('refuses a stage the competition does not have', async () => {
    for (const path of [
      'submissions.csv?stage=semifinal',
      'submissions.xlsx?stage=semifinal',
      'submissions.csv?stage=final&stage=preliminary',
    ]) {
      const response = await download(path, committee.token)
      expect(response.status, path).toBe(400)
    }
    expect(errorMessages((await download('submissions.csv?stage=semifinal', committee.token)).body)[0]).toMatch(/preliminary, final/)
  })
})

describe('scores.csv / .xlsx', () => {
  it('every score of the stage: team, judge, each criterion, the total', async () => {
    const { header, rows } = await csv('scores.csv?stage=preliminary')
    expect(header).toEqual([
      'Code',
      'Team',
      'Institution',
      'Judge',
      'Judge email',
      'Innovation (0–10, weight 2)',
      'Execution (0–5, weight 1)',
      'Other criteria',
      'Total (0–100)',
      'Comment',
      'Scored at (WIB)',
    ])
    expect(
      rows.map((row) => [row.Code, row.Judge, row['Innovation (0–10, weight 2)'], row['Execution (0–5, weight 1)'], row['Total (0–100)']]),
    ).toEqual([
      [teams.bali.code, 'Juri Anak Agung', '9', '4', String(totals.bali[0])],
      [teams.bali.code, 'Juri Bernadette', '6', '5', String(totals.bali[1])],
      [teams.formula.code, 'Juri Anak Agung', '5', '2', String(totals.formula)],
    ])
    expect(rows[0]).toMatchObject({ Comment: 'Nilai dari Juri Anak Agung', 'Judge email': judgeA.user.email, Team: 'Tim Bali' })
  })

  it('the ranking with ?view=ranking, as the ranking endpoint computes it', async () => {
    const { header, rows, response } = await csv('scores.csv?stage=preliminary&view=ranking')
    expect(header).toEqual([
      'Rank',
      'Code',
      'Team',
      'Institution',
      'Judges',
      'Mean total (0–100)',
      'Normalised score',
      'Submitted at (WIB)',
      'Advanced into',
    ])
    const ranking = (await app.rest.get(`/competitions/${competition.id}/stages/preliminary/ranking`, { token: committee.token })).body
      .ranking
    expect(rows.map((row) => [row.Rank, row.Code, row.Judges, row['Mean total (0–100)'], row['Normalised score']])).toEqual(
      ranking.map((row: any) => [String(row.rank), row.code, String(row.judges), String(row.meanTotal), String(row.normalisedScore)]),
    )
    expect(rows[0]).toMatchObject({ 'Advanced into': 'Final', Code: teams.bali.code, Rank: '1' })
    expect(response.headers.get('content-disposition')).toMatch(/-scores-preliminary-ranking-\d{4}-\d{2}-\d{2}\.csv"$/)
  })

  it('the workbook holds both: the scores and the ranking, one sheet each', async () => {
    const book = await workbook('scores.xlsx?stage=preliminary')
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Scores', 'Ranking'])
    expect(sheetObjects(book.worksheets[0]).rows).toEqual((await csv('scores.csv?stage=preliminary')).rows)
    expect(sheetObjects(book.worksheets[1]).rows).toEqual((await csv('scores.csv?stage=preliminary&view=ranking')).rows)
  })

  it('needs a stage of the competition and a known view', async () => {
    for (const path of ['scores.csv', 'scores.xlsx', 'scores.csv?stage=semifinal', 'scores.csv?stage=preliminary&view=chart']) {
      const response = await download(path, committee.token)
      expect(response.status, path).toBe(400)
    }
  })
})

describe('who may download', () => {
  const EXPORTS = [
    'registrations.csv',
    'registrations.xlsx',
    'submissions.csv?stage=preliminary',
    'submissions.xlsx?stage=preliminary',
    'scores.csv?stage=preliminary',
    'scores.xlsx?stage=preliminary',
  ]

  it.each(EXPORTS)('%s: anonymous 401, a participant (even on a team) 403, a judge of the competition 403', async (path) => {
    const anonymous = await download(path)
    expect(anonymous.status).toBe(401)
    expect(errorMessages(anonymous.body)[0]).toMatch(/Only the committee/)
    for (const token of [participant.token, teams.bali.leader.token, judgeA.token]) {
      const response = await download(path, token)
      expect(response.status).toBe(403)
      expect(response.headers.get('content-disposition')).toBeNull()
    }
  })

  it.each(EXPORTS)('%s: an unknown competition is a 404', async (path) => {
    for (const id of [crypto.randomUUID(), 'not-an-id']) {
      const response = await app.rest.get(`/competitions/${id}/export/${path}`, { token: committee.token })
      expect(response.status).toBe(404)
    }
  })

  it('an export that does not exist is a 404', async () => {
    expect((await download('registrations.pdf', committee.token)).status).toBe(404)
    expect((await download('judges.csv', committee.token)).status).toBe(404)
  })
})

describe('paging through the database (last: it moves creation times)', () => {
  it('visits every registration once, page after page, ties on createdAt broken by id', async () => {
    const keys = ['bali', 'formula', 'revision', 'rejected', 'pending']
    // Three teams registered in the same millisecond, between Tim Bali and Tim Menunggu: a page may end between them.
    const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds)).toISOString()
    const times: Record<string, string> = { bali: at(0), formula: at(1), pending: at(2), rejected: at(1), revision: at(1) }
    for (const key of keys) {
      await app.payload.db.updateOne({
        collection: 'registrations',
        data: { createdAt: times[key] },
        where: { id: { equals: teams[key].id } },
      })
    }
    const req = await createLocalReq({}, app.payload)
    for (const pageSize of [1, 2, 3, 5, 10]) {
      const pages: string[][] = []
      for await (const page of pageThrough(req, 'registrations', {
        pageSize,
        select: { code: true },
        where: { competition: { equals: competition.id } },
      })) {
        pages.push(page.map((registration) => String(registration.id)))
      }
      const seen = pages.flat()
      expect(seen, `pages of ${pageSize}`).toHaveLength(keys.length)
      expect(new Set(seen).size).toBe(keys.length)
      expect(pages.every((page) => page.length <= pageSize)).toBe(true)
      // The three tied teams come in id order, after Tim Bali (older) and before Tim Menunggu.
      const tied = ['formula', 'revision', 'rejected'].map((key) => teams[key].id).sort()
      expect(seen.slice(1, 4)).toEqual(tied)
      expect(seen[0]).toBe(teams.bali.id)
      expect(seen[4]).toBe(teams.pending.id)
    }
  })
})
