/**
 * `npm run restore -- <backup folder> [--force]`: brings a backup made by `npm run backup` back
 * into the SQLite file of DATABASE_URL and into UPLOADS_DIR. Stop the server first.
 *
 * Every file is checked against the manifest's checksum before anything is written. A database
 * or uploads folder that already holds something is not overwritten without --force (then it is
 * replaced, not merged: files not in the backup are removed).
 */
import fsp from 'node:fs/promises'
import path from 'node:path'

import { databaseKind } from '../src/config/databaseUrl'
import { uploadsRoot } from '../src/config/uploads'
import { damagedFiles, listFiles, readManifest } from './lib/backup/manifest'
import { sqliteFile } from './lib/backup/sqlite'

const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

const args = process.argv.slice(2)
const force = args.includes('--force')
const from = args.find((arg) => !arg.startsWith('--'))
if (!from) fail('Usage: npm run restore -- <backup folder> [--force]')
const backup = path.resolve(from as string)

const kind = databaseKind(process.env.DATABASE_URL)
if (kind !== 'sqlite') {
  fail(
    `npm run restore restores SQLite backups; DATABASE_URL is ${kind === 'postgres' ? 'PostgreSQL: use pg_restore' : 'MongoDB: use mongorestore'} (README, "Backups").`,
  )
}

const manifest = await readManifest(backup).catch((error: Error) => fail(error.message))
const damaged = await damagedFiles(backup, manifest)
if (damaged.length > 0) fail(`The backup in ${backup} is damaged, nothing was restored: ${damaged.join('; ')}.`)

const database = sqliteFile(process.env.DATABASE_URL)
const uploads = uploadsRoot()
const existingBytes = (await fsp.stat(database).catch(() => undefined))?.size ?? 0
const existingFiles = (await listFiles(uploads)).length
if (!force && existingBytes > 0)
  fail(`${database} already holds a database; restore will not overwrite it. Stop the server and add --force to replace it.`)
if (!force && existingFiles > 0)
  fail(`${uploads} already holds ${existingFiles} files; restore will not overwrite them. Add --force to replace them.`)

// Copied beside the target, then renamed over it: the database is the old one or the new one,
// never half of each. A leftover journal or WAL of the old file would be replayed into the new one.
await fsp.mkdir(path.dirname(database), { recursive: true })
await fsp.copyFile(path.join(backup, manifest.database.file), `${database}.restoring`)
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
console.log(
  `Restored the backup of ${manifest.createdAt} (${count('users')} users, ${count('registrations')} registrations` +
    ('count' in manifest.uploads ? `, ${manifest.uploads.count} uploaded files` : '') +
    `) into ${database}` +
    ('files' in manifest.uploads ? ` and ${uploads}.` : `. ${manifest.uploads.note}`),
)
process.exit(0)
