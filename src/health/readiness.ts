import type { Payload } from 'payload'

import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { type ObjectStorageSettings, sharedS3Client } from '../config/objectStorage'
import { migrations as postgresMigrations } from '../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index'

/**
 * What `GET /api/health/ready` checks: the database answers, the committed migrations are
 * applied, and the upload folders take a file. Each check answers in words an operator can act
 * on, and never with a connection string or a stack: the endpoint is public.
 */
export type ReadinessChecks = { database: string; migrations: string; storage: string }
export type Readiness = { checks: ReadinessChecks; status: 'ok' | 'unavailable' }

export type ReadinessOptions = {
  /** Development pushes the schema instead of running migrations; defaults to what Payload does. */
  pushMode?: boolean
  /** Upload folders to try; defaults to the staticDir of every upload collection kept on disk. */
  uploadDirs?: string[]
  /** The bucket uploads go to when S3_BUCKET is set (src/config/objectStorage.ts): a small object is put and deleted. */
  objectStorage?: ObjectStorageSettings
  /** How long one check may take before it counts as failed. */
  timeoutMs?: number
}

const OK = 'ok'
const DEFAULT_TIMEOUT_MS = 3000

type AdapterLike = {
  connection?: { db?: { admin: () => { command: (command: object) => Promise<unknown> } } }
  drizzle?: unknown
  execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown> | unknown
  name: string
  push?: boolean
}

const withTimeout = async <T>(work: () => Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

const TOKEN = /^[A-Za-z0-9_]{1,32}$/

/**
 * An error's code (ECONNREFUSED, SQLITE_BUSY, 57P01, and S3's NoSuchBucket or AccessDenied, which
 * the SDK gives as the error's name) when it is a plain token; messages can carry hosts and passwords.
 */
const safeCode = (error: unknown): string | undefined => {
  for (
    let current = error as { $metadata?: unknown; cause?: unknown; code?: unknown; name?: unknown } | undefined, depth = 0;
    current && depth < 5;
    depth++
  ) {
    if (typeof current.code === 'string' && TOKEN.test(current.code)) return current.code
    if (current.$metadata && typeof current.name === 'string' && TOKEN.test(current.name) && current.name !== 'Error') return current.name
    current = current.cause as typeof current
  }
  return undefined
}

const isTimeout = (error: unknown): boolean => error instanceof Error && / timed out after \d+ ms$/.test(error.message)

const describeFailure = (error: unknown): string => {
  if (isTimeout(error)) return (error as Error).message.replace(/^.* (timed out)/, '$1')
  const code = safeCode(error)
  return code ?? 'error'
}

/** A trivial query through the adapter: `select 1` on SQL, a ping on MongoDB. */
const pingDatabase = async (db: AdapterLike): Promise<void> => {
  if (db.name === 'mongoose') {
    const admin = db.connection?.db?.admin()
    if (!admin) throw new Error('not connected')
    await admin.command({ ping: 1 })
    return
  }
  if (!db.execute) throw new Error(`adapter ${db.name} cannot run a query`)
  await db.execute({ drizzle: db.drizzle, raw: 'select 1' })
}

/** The migrations this build carries for the database in use (MongoDB has none: no schema to migrate). */
const committedMigrations = (adapterName: string): string[] => {
  if (adapterName === 'postgres') return postgresMigrations.map((migration) => migration.name)
  if (adapterName === 'sqlite') return sqliteMigrations.map((migration) => migration.name)
  return []
}

/** Payload pushes the schema outside production unless the adapter says `push: false` (see @payloadcms/db-sqlite connect). */
const defaultPushMode = (db: AdapterLike): boolean => process.env.NODE_ENV !== 'production' && db.push !== false && db.name !== 'mongoose'

const checkMigrations = async (payload: Payload, pushMode: boolean): Promise<string> => {
  if (pushMode) return 'push mode (development: the schema is pushed, migrations are not used)'
  const committed = committedMigrations(payload.db.name)
  if (committed.length === 0) return OK
  const applied = await payload.find({
    collection: 'payload-migrations',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { name: true },
    where: { name: { in: committed } },
  })
  const present = new Set(applied.docs.map((doc) => (doc as { name?: string }).name))
  const missing = committed.filter((name) => !present.has(name))
  return missing.length === 0 ? OK : `${missing.length} not applied: ${missing.join(', ')}`
}

/** The folder of every upload collection kept on disk (media, attachments without S3_BUCKET): where Payload writes files. */
const uploadFolders = (payload: Payload): string[] => {
  const folders = Object.values(payload.collections)
    .map((collection) => {
      const upload = collection.config.upload as false | undefined | { disableLocalStorage?: boolean; staticDir?: string }
      return upload && typeof upload === 'object' && !upload.disableLocalStorage ? upload.staticDir : undefined
    })
    .filter((dir): dir is string => Boolean(dir))
  return [...new Set(folders.map((dir) => path.resolve(dir)))]
}

/** Writes and removes a small file in each folder, creating the folder as Payload does on the first upload. */
const checkFolders = async (folders: string[]): Promise<string> => {
  const failures: string[] = []
  for (const folder of folders) {
    const probe = path.join(folder, `.health-${crypto.randomBytes(6).toString('hex')}`)
    try {
      await fs.mkdir(folder, { recursive: true })
      await fs.writeFile(probe, 'ok')
      await fs.rm(probe, { force: true })
    } catch (error) {
      failures.push(`cannot write ${folder}: ${describeFailure(error)}`)
    }
  }
  return failures.length === 0 ? OK : failures.join('; ')
}

/** Puts and deletes a small object, as an upload and a deletion would; the bucket's name and host stay out of the answer. */
const checkBucket = async (settings: ObjectStorageSettings, payload: Payload): Promise<string> => {
  const client = sharedS3Client(settings)
  const key = `.health/${crypto.randomBytes(6).toString('hex')}`
  try {
    await client.send(new PutObjectCommand({ Body: 'ok', Bucket: settings.bucket, ContentType: 'text/plain', Key: key }))
    await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: key }))
    return OK
  } catch (error) {
    payload.logger?.warn?.({
      msg: `Readiness check "storage" cannot write to bucket ${settings.bucket}: ${error instanceof Error ? error.message : String(error)}`,
    })
    return `cannot write to object storage: ${describeFailure(error)}`
  }
}

const checkStorage = async (payload: Payload, folders: string[], objectStorage: ObjectStorageSettings | undefined): Promise<string> => {
  const results = await Promise.all([checkFolders(folders), objectStorage ? checkBucket(objectStorage, payload) : OK])
  const failures = results.filter((result) => result !== OK)
  return failures.length === 0 ? OK : failures.join('; ')
}

const settle = async (name: string, work: () => Promise<string>, timeoutMs: number, payload: Payload): Promise<string> => {
  try {
    return await withTimeout(work, timeoutMs, name)
  } catch (error) {
    // The full reason stays in the server's log; the public answer names only the part and a code.
    // Credentials in a URL (scheme://user:password@host) are masked even there.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\/\/[^\s/@]+@/g, '//***@')
    payload.logger?.warn?.({ msg: `Readiness check "${name}" failed: ${reason}` })
    return name === 'database' ? `unreachable (${describeFailure(error)})` : `failed (${describeFailure(error)})`
  }
}

export const checkReadiness = async (payload: Payload, options: ReadinessOptions = {}): Promise<Readiness> => {
  const db = payload.db as unknown as AdapterLike
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const database = await settle('database', async () => (await pingDatabase(db), OK), timeoutMs, payload)
  const [migrations, storage] = await Promise.all([
    // Without a database the migrations cannot be read; say so rather than report a second failure.
    database === OK
      ? settle('migrations', () => checkMigrations(payload, options.pushMode ?? defaultPushMode(db)), timeoutMs, payload)
      : 'not checked (database unreachable)',
    settle('storage', () => checkStorage(payload, options.uploadDirs ?? uploadFolders(payload), options.objectStorage), timeoutMs, payload),
  ])
  const checks = { database, migrations, storage }
  const ready = database === OK && (migrations === OK || migrations.startsWith('push mode')) && storage === OK
  return { checks, status: ready ? 'ok' : 'unavailable' }
}
