import { spawn } from 'node:child_process'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { png } from '../helpers/files'
import { competitionData } from '../helpers/fixtures'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * `npm run backup` while the production server runs and takes writes, `npm run restore` into an
 * empty folder, a new server started on it: every registration and every uploaded file (the
 * same bytes) is there.
 */
const root = path.resolve(import.meta.dirname, '../..')
const TEAMS = 4

/** `npm run <script> -- args` with the given data folder as DATABASE_URL / UPLOADS_DIR. */
const npmRun = (script: string, args: string[], env: Record<string, string>) =>
  new Promise<{ output: string; status: null | number }>((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (status) => resolve({ output, status }))
  })
const dataEnv = (dir: string) => ({ DATABASE_URL: `file:${path.join(dir, 'contestkit.db')}`, UPLOADS_DIR: path.join(dir, 'uploads') })

let original: RunningServer
let restored: RunningServer | undefined
let work = ''
let backupDir = ''
let restoredDir = ''
/** Registration id → team name, and file url → bytes, as the original server served them. */
const teams = new Map<string, string>()
const files = new Map<string, Buffer>()

const download = async (server: RunningServer, url: string, token: string): Promise<Buffer> => {
  // A document's url is absolute, on the server that stored it: ask this server for its path.
  const response = await fetch(new URL(new URL(url, server.url).pathname, server.url), { headers: { Authorization: `JWT ${token}` } })
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}

beforeAll(async () => {
  work = await fsp.mkdtemp(path.join(os.tmpdir(), 'contestkit-backup-'))
  original = await startServer()
  const adminToken = await original.login(original.admin.email, original.admin.password)
  const competition = await original.api('POST', '/competitions', { ...competitionData({ quota: 50 }), _status: 'published' }, adminToken)
  expect(competition.status).toBe(201)

  const upload = async (token: string, name: string, width: number) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png(width, 40))], { type: 'image/png' }), name)
    const response = await original.api('POST', '/attachments', form, token)
    expect(response.status).toBe(201)
    return response.body.doc as { id: string; url: string }
  }
  for (let team = 1; team <= TEAMS; team++) {
    const email = `leader${team}@backup.test`
    const token = await original.verifiedParticipant(email, 'backup-pass-123', `Leader ${team}`)
    const card = await upload(token, `ktm-${team}.png`, 30 + team)
    const proof = await upload(token, `proof-${team}.png`, 60 + team)
    const registration = await original.api(
      'POST',
      '/registrations',
      {
        competition: competition.body.doc.id,
        institution: `Universitas ${team}`,
        members: [{ email, name: `Leader ${team}`, studentCard: card.id, studentId: `NIM-${team}` }],
        paymentProof: proof.id,
        teamName: `Backup Team ${team}`,
      },
      token,
    )
    expect(registration.status).toBe(201)
    teams.set(registration.body.doc.id, `Backup Team ${team}`)
    for (const file of [card, proof]) files.set(file.url, await download(original, file.url, adminToken))
  }
}, 600_000)

afterAll(async () => {
  await restored?.stop()
  await original?.stop()
  if (work) await fsp.rm(work, { force: true, recursive: true })
})

describe('backup and restore of a SQLite deployment', () => {
  it('backs up while the server runs and takes writes', async () => {
    // A sign-up in flight while the copy is taken: the copy is consistent either way.
    const write = original.api('POST', '/users', { email: 'during@backup.test', name: 'During', password: 'during-pass-123' })
    const result = await npmRun('backup', [path.join(work, 'backups')], dataEnv(original.dir))
    expect((await write).status).toBe(201)
    expect(result.status, result.output).toBe(0)
    const [name] = await fsp.readdir(path.join(work, 'backups'))
    expect(name).toMatch(/^contestkit-\d{4}-.*Z$/)
    backupDir = path.join(work, 'backups', name)
    const manifest = JSON.parse(await fsp.readFile(path.join(backupDir, 'manifest.json'), 'utf8'))
    expect(manifest.database.kind).toBe('sqlite')
    expect(manifest.database.tables.registrations).toBe(TEAMS)
    expect(manifest.database.tables.attachments).toBe(TEAMS * 2)
    expect(manifest.uploads.count).toBeGreaterThanOrEqual(TEAMS * 2)
    expect(result.output).toContain(`${TEAMS} registrations`)
  })

  it('restores into an empty folder, and refuses to overwrite it without --force', async () => {
    restoredDir = path.join(work, 'restored')
    const first = await npmRun('restore', [backupDir], dataEnv(restoredDir))
    expect(first.status, first.output).toBe(0)
    const again = await npmRun('restore', [backupDir], dataEnv(restoredDir))
    expect(again.status).toBe(1)
    expect(again.output).toContain('already holds a database; restore will not overwrite it')
    const forced = await npmRun('restore', [backupDir, '--force'], dataEnv(restoredDir))
    expect(forced.status, forced.output).toBe(0)
  })

  it('a server started on the restored folder has every registration and every file, byte for byte', async () => {
    restored = await startServer({ dir: restoredDir })
    const adminToken = await restored.login(original.admin.email, original.admin.password)
    const { body } = await restored.api('GET', '/registrations?limit=100&depth=0', undefined, adminToken)
    expect(new Map(body.docs.map((doc: { id: string; teamName: string }) => [doc.id, doc.teamName]))).toEqual(teams)
    for (const [url, bytes] of files) expect((await download(restored, url, adminToken)).equals(bytes), url).toBe(true)
  })

  it('refuses a damaged backup, and PostgreSQL, pointing to pg_dump', async () => {
    const database = path.join(backupDir, 'contestkit.db')
    fs.appendFileSync(database, 'x')
    const damaged = await npmRun('restore', [backupDir, '--force'], dataEnv(path.join(work, 'other')))
    expect(damaged.status).toBe(1)
    expect(damaged.output).toContain('contestkit.db differs from its checksum')
    const postgres = await npmRun('backup', [path.join(work, 'pg')], { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' })
    expect(postgres.status).toBe(1)
    expect(postgres.output).toContain('use pg_dump')
  })
})
