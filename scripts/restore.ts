/**
 * `npm run restore -- [--from] <backup folder or s3://bucket/prefix/contestkit-<time>> [--force]`:
 * brings a backup made by `npm run backup` back into the SQLite file of DATABASE_URL and into
 * UPLOADS_DIR. Stop the server first.
 *
 * Every file is checked against the manifest's checksum before anything is written (a backup in
 * S3 is downloaded first, into a folder beside the database). A database or uploads folder that
 * already holds something is not overwritten without --force (then it is replaced, not merged:
 * files not in the backup are removed).
 */
import fsp from 'node:fs/promises'
import path from 'node:path'

import { databaseKind } from '../src/config/databaseUrl'
import { createS3Client } from '../src/config/objectStorage'
import { uploadsRoot } from '../src/config/uploads'
import { type BackupManifest, damagedFiles, listFiles, readManifest } from './lib/backup/manifest'
import {
  backupStorageSettings,
  describeLocation,
  downloadBackup,
  isS3Address,
  NotABackup,
  parseS3Address,
  storageFailure,
} from './lib/backup/s3'
import { sqliteFile } from './lib/backup/sqlite'

/** A refusal: its message is the whole explanation. */
class Refusal extends Error {}
const refuse: (message: string) => never = (message) => {
  throw new Refusal(message)
}

const args = process.argv.slice(2)
const force = args.includes('--force')
const fromIndex = args.indexOf('--from')
const from = fromIndex >= 0 ? args[fromIndex + 1] : args.find((arg) => !arg.startsWith('--'))

/** A temporary folder this run made (a downloaded backup), removed at the end whatever happens. */
let staging: string | undefined

const restore = async (): Promise<string> => {
  if (!from) refuse('Usage: npm run restore -- [--from] <backup folder or s3://bucket/prefix/contestkit-…> [--force]')
  const kind = databaseKind(process.env.DATABASE_URL)
  if (kind !== 'sqlite') {
    refuse(
      `npm run restore restores SQLite backups; DATABASE_URL is ${kind === 'postgres' ? 'PostgreSQL: use pg_restore' : 'MongoDB: use mongorestore'} (README, "Backups").`,
    )
  }

  // Checked before a backup is downloaded or read: a refusal costs nothing.
  const database = sqliteFile(process.env.DATABASE_URL)
  const uploads = uploadsRoot()
  const existingBytes = (await fsp.stat(database).catch(() => undefined))?.size ?? 0
  const existingFiles = (await listFiles(uploads)).length
  if (!force && existingBytes > 0)
    refuse(`${database} already holds a database; restore will not overwrite it. Stop the server and add --force to replace it.`)
  if (!force && existingFiles > 0)
    refuse(`${uploads} already holds ${existingFiles} files; restore will not overwrite them. Add --force to replace them.`)

  await fsp.mkdir(path.dirname(database), { recursive: true })
  let backup: string
  let manifest: BackupManifest
  let described: string
  if (isS3Address(from)) {
    let location: ReturnType<typeof parseS3Address>
    let settings: ReturnType<typeof backupStorageSettings>
    try {
      location = parseS3Address(from)
      settings = backupStorageSettings(process.env, location.bucket)
    } catch (error) {
      throw new Refusal((error as Error).message)
    }
    const client = createS3Client(settings)
    described = describeLocation(location)
    // Beside the database: on its disk, so the checked copy is renamed into place, not copied.
    staging = await fsp.mkdtemp(path.join(path.dirname(database), '.contestkit-restore-'))
    backup = staging
    try {
      manifest = await downloadBackup(client, location, staging)
    } catch (error) {
      if (error instanceof NotABackup) throw new Refusal(error.message)
      throw new Refusal(storageFailure(error, settings, 'nothing was restored'))
    } finally {
      client.destroy()
    }
  } else {
    backup = path.resolve(from)
    described = backup
    manifest = await readManifest(backup).catch((error: Error) => refuse(error.message))
  }
  const damaged = await damagedFiles(backup, manifest)
  if (damaged.length > 0) refuse(`The backup in ${described} is damaged, nothing was restored: ${damaged.join('; ')}.`)

  // Copied (or, when downloaded, moved) beside the target, then renamed over it: the database is
  // the old one or the new one, never half of each. A leftover journal or WAL of the old file
  // would be replayed into the new one.
  const checked = path.join(backup, manifest.database.file)
  if (staging) await fsp.rename(checked, `${database}.restoring`)
  else await fsp.copyFile(checked, `${database}.restoring`)
  for (const leftover of ['-wal', '-shm', '-journal']) await fsp.rm(`${database}${leftover}`, { force: true })
  await fsp.rename(`${database}.restoring`, database)

  if ('files' in manifest.uploads) {
    // Emptied, not removed: UPLOADS_DIR is often a mounted volume.
    await fsp.mkdir(uploads, { recursive: true })
    for (const entry of await fsp.readdir(uploads)) await fsp.rm(path.join(uploads, entry), { force: true, recursive: true })
    await fsp.cp(path.join(backup, manifest.uploads.folder), uploads, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      // A backup of an instance with no uploads has no uploads folder.
      if (error.code !== 'ENOENT') throw error
    })
  }

  const count = (table: string) => manifest.database.tables[table] ?? 0
  return (
    `Restored the backup of ${manifest.createdAt} (${count('users')} users, ${count('registrations')} registrations` +
    ('count' in manifest.uploads ? `, ${manifest.uploads.count} uploaded files` : '') +
    `) from ${described} into ${database}` +
    ('files' in manifest.uploads ? ` and ${uploads}.` : `. ${manifest.uploads.note}`)
  )
}

let status = 0
try {
  console.log(await restore())
} catch (error) {
  console.error(error instanceof Refusal ? error.message : `Restore failed: ${(error as Error).message}`)
  status = 1
} finally {
  if (staging) await fsp.rm(staging, { force: true, recursive: true })
}
process.exit(status)
