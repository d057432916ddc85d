import { PutObjectCommand } from '@aws-sdk/client-s3'
import { createClient } from '@libsql/client'
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp, type TestUser } from '../helpers/app'
import { startObjectStorage, type TestObjectStorage } from '../helpers/objectStorage'
import { publishCompetition, register } from '../helpers/registrations'

/**
 * `npm run backup -- --to s3://…` and `npm run restore -- --from s3://…` against a real
 * S3-compatible server (s3rver, in this process), the scripts run as the operator runs them (child
 * processes through scripts/run.mjs). The app keeps its uploads on local disk; the bucket holds
 * backups only. SQLite only: the scripts refuse PostgreSQL and MongoDB (pg_dump, mongodump).
 */
const sqlite = (process.env.TEST_DATABASE ?? 'sqlite') === 'sqlite'
const root = path.resolve(import.meta.dirname, '../..')
const BUCKET = 'contestkit-backups'
const TEAMS = 3

let storage: TestObjectStorage
let app: TestApp
let work = ''
/** Where the backup went (s3://bucket/nightly/contestkit-<time>), from the script's own words. */
let backupAddress = ''
const teams = new Map<string, string>()

/** The storage settings for the backup bucket, as BACKUP_S3_* (the app's own S3_* stay unset: uploads on disk). */
const backupEnv = () =>
  Object.fromEntries(
    Object.entries(storage.env)
      .filter(([name]) => name !== 'S3_BUCKET')
      .map(([name, value]) => [`BACKUP_${name}`, value]),
  )

const run = (script: 'backup' | 'restore', args: string[], env: Record<string, string>) =>
  new Promise<{ output: string; status: null | number }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', `scripts/${script}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, ...backupEnv(), TMPDIR: path.join(work, 'tmp'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    // The last line: the script's own words (on Node 20 the AWS SDK warns first that it will need Node 22).
    child.on('exit', (status) => resolve({ output: output.trim().split('\n').at(-1)!, status }))
  })

const dataEnv = (dir: string) => ({ DATABASE_URL: `file:${path.join(dir, 'contestkit.db')}`, UPLOADS_DIR: path.join(dir, 'uploads') })

const query = async (file: string, sql: string) => {
  const client = createClient({ url: `file:${file}` })
  try {
    return (await client.execute(sql)).rows
  } finally {
    client.close()
  }
}

const filesUnder = async (dir: string): Promise<Map<string, string>> => {
  const found = new Map<string, string>()
  for (const entry of await fsp.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    found.set(
      path.relative(dir, file),
      crypto
        .createHash('sha256')
        .update(await fsp.readFile(file))
        .digest('hex'),
    )
  }
  return found
}

beforeAll(async () => {
  if (!sqlite) return
  work = await fsp.mkdtemp(path.join(os.tmpdir(), 'contestkit-backup-s3-'))
  await fsp.mkdir(path.join(work, 'tmp'))
  storage = await startObjectStorage(BUCKET)
  app = await startApp()
  const committee = await app.createUser('committee')
  const competition = await publishCompetition(app, committee, { quota: 10 })
  for (let team = 1; team <= TEAMS; team++) {
    const leader: TestUser = await app.createUser('participant')
    const response = await register(app, leader, competition, { members: 1, teamName: `S3 Team ${team}` })
    expect(response.status).toBe(201)
    teams.set(String(response.body.doc.id), `S3 Team ${team}`)
  }
}, 180_000)

afterAll(async () => {
  await app?.close()
  await storage?.close()
  if (work) await fsp.rm(work, { force: true, recursive: true })
})

describe.skipIf(!sqlite)('backups in S3-compatible storage', () => {
  it('uploads the database copy, every upload and the manifest under the given prefix', async () => {
    const result = await run('backup', ['--to', `s3://${BUCKET}/nightly`], {
      DATABASE_URL: app.database.url,
      UPLOADS_DIR: app.uploads,
    })
    expect(result.status, result.output).toBe(0)
    expect(result.output).toMatch(
      new RegExp(`${TEAMS} registrations\\) and \\d+ uploaded files to s3://${BUCKET}/nightly/contestkit-\\S+Z$`),
    )
    backupAddress = result.output.split(' to ').at(-1)!
    const prefix = backupAddress.slice(`s3://${BUCKET}/`.length)

    const uploads = await filesUnder(app.uploads)
    expect(uploads.size).toBeGreaterThanOrEqual(TEAMS * 2)
    expect(await storage.keys('nightly/')).toEqual(
      [`${prefix}/contestkit.db`, `${prefix}/manifest.json`, ...[...uploads.keys()].map((file) => `${prefix}/uploads/${file}`)].sort(),
    )
    const manifest = JSON.parse((await storage.read(`${prefix}/manifest.json`)).toString('utf8'))
    expect(manifest.database.tables.registrations).toBe(TEAMS)
    expect(manifest.uploads.count).toBe(uploads.size)
    for (const [file, sha256] of uploads) expect(manifest.uploads.files[file].sha256).toBe(sha256)
    // The staging folder (in TMPDIR) is gone.
    expect(await fsp.readdir(path.join(work, 'tmp'))).toEqual([])
  })

  it('restores from the bucket into an empty folder: every registration and every file, byte for byte', async () => {
    const dir = path.join(work, 'restored')
    const result = await run('restore', ['--from', backupAddress], dataEnv(dir))
    expect(result.status, result.output).toBe(0)
    expect(result.output).toContain(`${TEAMS} registrations`)
    const rows = await query(path.join(dir, 'contestkit.db'), 'SELECT id, team_name FROM registrations')
    expect(new Map(rows.map((row) => [String(row.id), String(row.team_name)]))).toEqual(teams)
    expect(await filesUnder(path.join(dir, 'uploads'))).toEqual(await filesUnder(app.uploads))
    // The download folder beside the database is gone.
    expect((await fsp.readdir(dir)).sort()).toEqual(['contestkit.db', 'uploads'])
  })

  it('refuses a backup whose files do not match the manifest, leaving the database it would replace untouched', async () => {
    const dir = path.join(work, 'damaged')
    expect((await run('restore', ['--from', backupAddress], dataEnv(dir))).status).toBe(0)
    const before = await fsp.readFile(path.join(dir, 'contestkit.db'))
    const prefix = backupAddress.slice(`s3://${BUCKET}/`.length)
    const [upload] = (await storage.keys(`${prefix}/uploads/`)).sort()
    await storage.client.send(new PutObjectCommand({ Body: Buffer.from('not the file'), Bucket: BUCKET, Key: upload }))

    const result = await run('restore', ['--from', backupAddress, '--force'], dataEnv(dir))
    expect(result.status).toBe(1)
    expect(result.output).toBe(
      `The backup in ${backupAddress} is damaged, nothing was restored: ${upload.slice(prefix.length + 1)} differs from its checksum.`,
    )
    expect((await fsp.readFile(path.join(dir, 'contestkit.db'))).equals(before)).toBe(true)
    expect((await fsp.readdir(dir)).sort()).toEqual(['contestkit.db', 'uploads'])
  })

  it('refuses, in one sentence, a missing bucket, wrong credentials and an address that is not a backup', async () => {
    const source = { DATABASE_URL: app.database.url, UPLOADS_DIR: app.uploads }
    const noBucket = await run('backup', ['--to', 's3://no-such-bucket/nightly'], source)
    expect(noBucket.status).toBe(1)
    expect(noBucket.output).toMatch(/^The bucket "no-such-bucket" does not exist at http:\/\/127\.0\.0\.1:\d+: .*nothing was backed up\.$/)

    // s3rver checks the key id but not a v4 signature: an unknown key id stands for bad credentials.
    const wrongKey = await run('backup', ['--to', `s3://${BUCKET}/nightly`], { ...source, BACKUP_S3_ACCESS_KEY_ID: 'nobody' })
    expect(wrongKey.status).toBe(1)
    expect(wrongKey.output).toMatch(/^The storage at .* refused the credentials for bucket "contestkit-backups" .*nothing was backed up\.$/)

    const dir = path.join(work, 'refusals')
    const restoreNoBucket = await run('restore', ['--from', 's3://no-such-bucket/nightly/contestkit-x'], dataEnv(dir))
    expect(restoreNoBucket.status).toBe(1)
    expect(restoreNoBucket.output).toMatch(/^The bucket "no-such-bucket" does not exist .*nothing was restored\.$/)

    const restoreWrongKey = await run('restore', ['--from', backupAddress], { ...dataEnv(dir), BACKUP_S3_ACCESS_KEY_ID: 'nobody' })
    expect(restoreWrongKey.status).toBe(1)
    expect(restoreWrongKey.output).toMatch(/refused the credentials .*nothing was restored\.$/)

    const notABackup = await run('restore', ['--from', `s3://${BUCKET}/nightly`], dataEnv(dir))
    expect(notABackup.status).toBe(1)
    expect(notABackup.output).toBe(
      `s3://${BUCKET}/nightly is not a ContestKit backup: it has no manifest.json (a backup still being uploaded has none yet). Backups there: ${path.basename(backupAddress)}.`,
    )
    // Nothing was written by any of the refusals.
    expect(await fsp.readdir(dir).catch(() => [])).toEqual([])
  })
})
