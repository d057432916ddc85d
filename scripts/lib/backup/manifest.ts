import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

/** What a backup folder holds (`manifest.json`), enough to check it before restoring it. */
export type BackupManifest = {
  createdAt: string
  database: { bytes: number; file: string; kind: 'sqlite'; sha256: string; tables: Record<string, number> }
  format: 1
  node: string
  /** Files under UPLOADS_DIR, by path relative to it; absent when uploads live in object storage. */
  uploads: { bytes: number; count: number; files: Record<string, { bytes: number; sha256: string }>; folder: string } | { note: string }
}

export const MANIFEST = 'manifest.json'

export const sha256File = async (file: string): Promise<string> => {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every file under `dir`, as paths relative to it (forward slashes); none when `dir` does not exist. */
export const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** A manifest's text, checked to be one this version restores; `where` names it in the error. */
export const parseManifest = (text: string, where: string): BackupManifest => {
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(text) as BackupManifest
  } catch {
    throw new Error(`The ${MANIFEST} of ${where} is not JSON: the backup is damaged.`)
  }
  if (manifest?.format !== 1)
    throw new Error(`The ${MANIFEST} of ${where} has format ${String(manifest?.format)}; this version restores format 1.`)
  return manifest
}

export const readManifest = async (backupDir: string): Promise<BackupManifest> => {
  const text = await fsp.readFile(path.join(backupDir, MANIFEST), 'utf8').catch(() => {
    throw new Error(`${backupDir} is not a ContestKit backup: it has no ${MANIFEST}.`)
  })
  return parseManifest(text, backupDir)
}

/** The files of a backup whose bytes are not what its manifest says, in words; empty when it is whole. */
export const damagedFiles = async (backupDir: string, manifest: BackupManifest): Promise<string[]> => {
  const expected: [string, string][] = [[manifest.database.file, manifest.database.sha256]]
  if ('files' in manifest.uploads) {
    for (const [name, { sha256 }] of Object.entries(manifest.uploads.files)) expected.push([`${manifest.uploads.folder}/${name}`, sha256])
  }
  const damaged: string[] = []
  for (const [name, sha256] of expected) {
    const actual = await sha256File(path.join(backupDir, name)).catch(() => undefined)
    if (actual === undefined) damaged.push(`${name} is missing`)
    else if (actual !== sha256) damaged.push(`${name} differs from its checksum`)
  }
  return damaged
}
