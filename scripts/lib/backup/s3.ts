import type { Readable } from 'node:stream'

import { DeleteObjectsCommand, GetObjectCommand, HeadBucketCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { type ObjectStorageSettings, readObjectStorage } from '../../../src/config/objectStorage'
import { type BackupManifest, MANIFEST, parseManifest } from './manifest'

/**
 * Backups in S3-compatible storage: `s3://bucket/prefix` names where they go. The server, region
 * and credentials are BACKUP_S3_ENDPOINT, BACKUP_S3_REGION, BACKUP_S3_ACCESS_KEY_ID,
 * BACKUP_S3_SECRET_ACCESS_KEY and BACKUP_S3_FORCE_PATH_STYLE, each falling back to the S3_ setting
 * of the same name (the uploads' storage), so a backup bucket on the same account needs nothing
 * more and one elsewhere does not disturb the uploads' settings.
 */
export type S3Location = { bucket: string; prefix: string }

export const isS3Address = (value: string | undefined): value is string => Boolean(value?.startsWith('s3://'))

/** `s3://bucket/some/prefix/` → { bucket, prefix: 'some/prefix' }; throws a sentence for anything else. */
export const parseS3Address = (address: string): S3Location => {
  const match = /^s3:\/\/([^/]+)\/*(.*?)\/*$/.exec(address)
  if (!match) throw new Error(`"${address}" is not an S3 address: write s3://bucket or s3://bucket/prefix.`)
  return { bucket: match[1], prefix: match[2] }
}

const SETTINGS = ['ENDPOINT', 'REGION', 'ACCESS_KEY_ID', 'SECRET_ACCESS_KEY', 'FORCE_PATH_STYLE'] as const

/** The storage settings for a backup bucket: BACKUP_S3_* first, else S3_* (readObjectStorage checks them). */
export const backupStorageSettings = (env: Record<string, string | undefined>, bucket: string): ObjectStorageSettings => {
  const merged: Record<string, string | undefined> = { S3_BUCKET: bucket }
  for (const name of SETTINGS) merged[`S3_${name}`] = env[`BACKUP_S3_${name}`]?.trim() || env[`S3_${name}`]
  try {
    return readObjectStorage(merged) as ObjectStorageSettings
  } catch (error) {
    // Its words name S3_BUCKET; here the bucket comes from the s3:// address.
    throw new Error((error as Error).message.replace(/^S3_BUCKET "([^"]*)"/, 's3://$1: "$1"'))
  }
}

export const joinKey = (...parts: string[]): string => parts.filter(Boolean).join('/')

export const describeLocation = (location: S3Location): string => `s3://${joinKey(location.bucket, location.prefix)}`

type S3Error = {
  $metadata?: { httpStatusCode?: number }
  code?: string
  Code?: string
  message?: string
  name?: string
}

/**
 * One readable sentence for a failed storage request, naming what the operator can fix: the bucket,
 * the credentials, the address. `outcome` ends it ("nothing was restored").
 */
export const storageFailure = (error: unknown, settings: ObjectStorageSettings, outcome: string): string => {
  const failure = error as S3Error
  const status = failure.$metadata?.httpStatusCode
  const name = failure.name ?? failure.Code ?? ''
  const where = settings.endpoint ?? `AWS ${settings.region}`
  if (name === 'NoSuchBucket' || (name === 'NotFound' && status === 404)) {
    return `The bucket "${settings.bucket}" does not exist at ${where}: create it or correct the address; ${outcome}.`
  }
  if (
    ['AccessDenied', 'CredentialsProviderError', 'ExpiredToken', 'Forbidden', 'InvalidAccessKeyId', 'SignatureDoesNotMatch'].includes(
      name,
    ) ||
    status === 401 ||
    status === 403
  ) {
    return `The storage at ${where} refused the credentials for bucket "${settings.bucket}" (${name || status}): check BACKUP_S3_ACCESS_KEY_ID and BACKUP_S3_SECRET_ACCESS_KEY (or S3_…); ${outcome}.`
  }
  const code = failure.code ?? (error as { cause?: S3Error }).cause?.code
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND', 'ETIMEDOUT'].includes(code)) {
    return `Cannot reach the storage at ${where} (${code}); ${outcome}.`
  }
  if (name === 'TimeoutError') return `The storage at ${where} did not answer in time; ${outcome}.`
  return `The storage at ${where} failed (${[name, failure.message].filter(Boolean).join(': ')}); ${outcome}.`
}

/** Fails early, before a database copy is taken, when the bucket is missing or refuses us. */
export const checkBucket = async (client: S3Client, bucket: string): Promise<void> => {
  await client.send(new HeadBucketCommand({ Bucket: bucket }))
}

/** Runs `work` over `items`, `limit` at a time. */
const eachLimited = async <T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/**
 * Uploads a backup folder's files under `keyPrefix`, the manifest last: a backup whose upload was
 * cut off has no manifest, and restore refuses it. Multipart for large files (a database of
 * gigabytes), streamed from disk.
 */
export const uploadBackup = async (client: S3Client, bucket: string, keyPrefix: string, folder: string, files: string[]) => {
  const put = async (file: string) => {
    const upload = new Upload({
      client,
      params: { Body: fs.createReadStream(path.join(folder, file)), Bucket: bucket, Key: joinKey(keyPrefix, file) },
    })
    await upload.done()
  }
  await eachLimited(
    files.filter((file) => file !== MANIFEST),
    4,
    put,
  )
  await put(MANIFEST)
}

/** Best effort: removes what a failed upload left under `keyPrefix` (no manifest was written). */
export const removeObjects = async (client: S3Client, bucket: string, keyPrefix: string): Promise<void> => {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${keyPrefix}/` }))
  const keys = (listed.Contents ?? []).map((object) => ({ Key: object.Key! }))
  if (keys.length > 0) await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys } }))
}

/** The names of the complete backups directly under `prefix` (newest last), to suggest one. */
export const listBackups = async (client: S3Client, location: S3Location): Promise<string[]> => {
  const listed = await client.send(
    new ListObjectsV2Command({ Bucket: location.bucket, Delimiter: '/', Prefix: location.prefix ? `${location.prefix}/` : '' }),
  )
  return (listed.CommonPrefixes ?? [])
    .map((entry) => entry.Prefix!.slice(location.prefix ? location.prefix.length + 1 : 0).replace(/\/$/, ''))
    .filter((name) => name.startsWith('contestkit-'))
    .sort()
}

export class NotABackup extends Error {}

const download = async (client: S3Client, bucket: string, key: string, file: string) => {
  const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  await fsp.mkdir(path.dirname(file), { recursive: true })
  await pipeline(object.Body as Readable, fs.createWriteStream(file))
}

const isMissingKey = (error: unknown) => {
  const failure = error as S3Error
  return failure.name === 'NoSuchKey' || (failure.name === 'NotFound' && failure.$metadata?.httpStatusCode === 404)
}

/** A name from a manifest, kept inside the folder it is written to (no absolute paths, no `..`). */
const safeName = (name: string): string => {
  const normal = path.posix.normalize(name)
  if (path.posix.isAbsolute(normal) || normal.startsWith('../') || normal === '..') {
    throw new NotABackup(`The backup's manifest names a file outside the backup ("${name}"); nothing was restored.`)
  }
  return normal
}

/**
 * Downloads the backup at `location` (its manifest, then every file the manifest lists) into
 * `folder`. Checksums are checked by the caller, on the downloaded files, before anything is replaced.
 */
export const downloadBackup = async (client: S3Client, location: S3Location, folder: string): Promise<BackupManifest> => {
  try {
    await download(client, location.bucket, joinKey(location.prefix, MANIFEST), path.join(folder, MANIFEST))
  } catch (error) {
    if (!isMissingKey(error)) throw error
    const backups = await listBackups(client, location).catch(() => [])
    throw new NotABackup(
      `${describeLocation(location)} is not a ContestKit backup: it has no ${MANIFEST} (a backup still being uploaded has none yet)` +
        (backups.length > 0 ? `. Backups there: ${backups.slice(-5).join(', ')}.` : '.'),
    )
  }
  let manifest: BackupManifest
  try {
    manifest = parseManifest(await fsp.readFile(path.join(folder, MANIFEST), 'utf8'), describeLocation(location))
  } catch (error) {
    throw new NotABackup(`${(error as Error).message} Nothing was restored.`)
  }
  const names = [manifest.database.file]
  if ('files' in manifest.uploads) {
    const uploadsFolder = manifest.uploads.folder
    names.push(...Object.keys(manifest.uploads.files).map((name) => `${uploadsFolder}/${name}`))
  }
  await eachLimited(names.map(safeName), 4, async (name) => {
    try {
      await download(client, location.bucket, joinKey(location.prefix, name), path.join(folder, name))
    } catch (error) {
      // Left for the checksum check to report as missing, with every other damaged file.
      if (!isMissingKey(error)) throw error
    }
  })
  return manifest
}
