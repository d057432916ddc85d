/**
 * `npm run backup [-- <folder> | --to <folder or s3://bucket/prefix>]`: a consistent copy of the
 * SQLite database and of the uploads, with a manifest (time, row counts per table, a checksum of
 * every file), as `contestkit-<time>` under the target (default: BACKUP_DIR, else ./backups).
 * Safe while the server runs. PostgreSQL and MongoDB have their own tools: see README, "Backups".
 *
 * Order matters: the database is copied first, then the uploads, so every file the copied
 * database refers to is in the copy (a file uploaded meanwhile is copied too, unreferenced;
 * only a file deleted in between would be missing). In a folder the backup is written as
 * `contestkit-<time>.partial` and renamed when complete; in S3 it is staged in a temporary
 * folder and uploaded with the manifest last. Either way a cut-off backup never looks whole.
 */
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { databaseKind } from '../src/config/databaseUrl'
import { createS3Client } from '../src/config/objectStorage'
import { uploadsRoot } from '../src/config/uploads'
import { type BackupManifest, listFiles, MANIFEST, sha256File } from './lib/backup/manifest'
import {
  backupStorageSettings,
  checkBucket,
  describeLocation,
  isS3Address,
  joinKey,
  parseS3Address,
  removeObjects,
  storageFailure,
  uploadBackup,
} from './lib/backup/s3'
import { snapshotSqlite, sqliteFile } from './lib/backup/sqlite'

const DATABASE_FILE = 'contestkit.db'
const UPLOADS_FOLDER = 'uploads'

const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

const kind = databaseKind(process.env.DATABASE_URL)
if (kind !== 'sqlite') {
  fail(
    `npm run backup copies SQLite databases; DATABASE_URL is ${kind === 'postgres' ? 'PostgreSQL: use pg_dump' : 'MongoDB: use mongodump'} (README, "Backups", gives the commands).`,
  )
}
const args = process.argv.slice(2)
const toIndex = args.indexOf('--to')
const given = toIndex >= 0 ? args[toIndex + 1] : args.find((arg) => !arg.startsWith('--'))
if (toIndex >= 0 && !given) fail('Usage: npm run backup -- [--to] <folder or s3://bucket/prefix>')
const destination = given || process.env.BACKUP_DIR || 'backups'
const source = sqliteFile(process.env.DATABASE_URL)
await fsp.access(source).catch(() => fail(`There is no database at ${source} to back up (DATABASE_URL).`))

// An S3 target is checked before the copy is taken: a wrong bucket or key fails in a second.
let s3:
  | undefined
  | {
      client: ReturnType<typeof createS3Client>
      location: ReturnType<typeof parseS3Address>
      settings: ReturnType<typeof backupStorageSettings>
    }
if (isS3Address(destination)) {
  try {
    const location = parseS3Address(destination)
    const settings = backupStorageSettings(process.env, location.bucket)
    s3 = { client: createS3Client(settings), location, settings }
  } catch (error) {
    fail((error as Error).message)
  }
  await checkBucket(s3!.client, s3!.location.bucket).catch((error) => fail(storageFailure(error, s3!.settings, 'nothing was backed up')))
}

const name = `contestkit-${new Date().toISOString().replace(/[:.]/g, '-')}`
const target = s3 ? await fsp.mkdtemp(path.join(os.tmpdir(), 'contestkit-backup-')) : path.resolve(destination)
const partial = path.join(target, s3 ? name : `${name}.partial`)
await fsp.mkdir(partial, { recursive: true })

const databaseCopy = path.join(partial, DATABASE_FILE)
const tables = await snapshotSqlite(source, databaseCopy)

// With object storage (S3_BUCKET), uploads are not on this disk: the bucket keeps them (turn on
// its versioning); this backup holds the database only.
let uploads: BackupManifest['uploads']
if (process.env.S3_BUCKET) {
  uploads = { note: `Uploads are in the object storage bucket ${process.env.S3_BUCKET}, not in this backup.` }
} else {
  const root = uploadsRoot()
  const files: Record<string, { bytes: number; sha256: string }> = {}
  let bytes = 0
  for (const file of await listFiles(root)) {
    const copy = path.join(partial, UPLOADS_FOLDER, file)
    await fsp.mkdir(path.dirname(copy), { recursive: true })
    try {
      await fsp.copyFile(path.join(root, file), copy)
    } catch (error) {
      // Deleted since it was listed (the readiness check's probe files come and go).
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    const { size } = await fsp.stat(copy)
    files[file] = { bytes: size, sha256: await sha256File(copy) }
    bytes += size
  }
  uploads = { bytes, count: Object.keys(files).length, files, folder: UPLOADS_FOLDER }
}

const manifest: BackupManifest = {
  createdAt: new Date().toISOString(),
  database: {
    bytes: (await fsp.stat(databaseCopy)).size,
    file: DATABASE_FILE,
    kind: 'sqlite',
    sha256: await sha256File(databaseCopy),
    tables,
  },
  format: 1,
  node: process.version,
  uploads,
}
await fsp.writeFile(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)

let done: string
if (s3) {
  const { client, location, settings } = s3
  const keyPrefix = joinKey(location.prefix, name)
  try {
    await uploadBackup(client, location.bucket, keyPrefix, partial, await listFiles(partial))
  } catch (error) {
    await removeObjects(client, location.bucket, keyPrefix).catch(() => undefined)
    await fsp.rm(target, { force: true, recursive: true })
    fail(storageFailure(error, settings, 'the backup was not stored'))
  }
  await fsp.rm(target, { force: true, recursive: true })
  client.destroy()
  done = describeLocation({ bucket: location.bucket, prefix: keyPrefix })
} else {
  done = path.join(target, name)
  await fsp.rename(partial, done)
}

const count = (table: string) => tables[table] ?? 0
console.log(
  `Backed up ${source} (${count('users')} users, ${count('registrations')} registrations)` +
    ('count' in uploads ? ` and ${uploads.count} uploaded files` : '') +
    ` to ${done}`,
)
// The SQLite client keeps no handle open, but exit explicitly as the other CLI scripts do.
process.exit(0)
