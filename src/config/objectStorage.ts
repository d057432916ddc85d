import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'

import { ConfigurationError } from './configurationError'

/**
 * S3-compatible object storage (AWS S3, MinIO, R2…) for uploads, read from the environment. The
 * one place that turns S3_* variables into a client: the upload adapter (payload.config.ts), the
 * readiness probe and backups all use it, so they talk to the same bucket the same way.
 *
 *   S3_BUCKET              set: media and attachments live in this bucket; unset: on disk (UPLOADS_DIR)
 *   S3_ENDPOINT            an S3-compatible server (http://minio:9000); unset: AWS for S3_REGION
 *   S3_REGION              default us-east-1 (MinIO ignores it, AWS needs the bucket's own)
 *   S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY   both or neither (neither: the SDK's own chain, e.g. an IAM role)
 *   S3_FORCE_PATH_STYLE    http://host/bucket/key instead of http://bucket.host/key; default true with S3_ENDPOINT
 */
export type ObjectStorageSettings = {
  bucket: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
  endpoint?: string
  forcePathStyle: boolean
  region: string
}

type EnvSource = Record<string, string | undefined>

const VARIABLES = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const

const given = (env: EnvSource, name: (typeof VARIABLES)[number]): string | undefined => env[name]?.trim() || undefined

const readBoolean = (name: string, value: string | undefined, fallback: boolean): boolean => {
  if (value === undefined) return fallback
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false
  throw new ConfigurationError(`${name} must be "true" or "false", got "${value}".`)
}

/** S3's naming rules, checked here so a typo fails at start with a sentence instead of at the first upload. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/** The storage settings, or undefined when uploads stay on disk. Throws a ConfigurationError for a half-done setup. */
export const readObjectStorage = (env: EnvSource): ObjectStorageSettings | undefined => {
  const bucket = given(env, 'S3_BUCKET')
  if (!bucket) {
    const stray = VARIABLES.filter((name) => given(env, name))
    if (stray.length === 0) return undefined
    throw new ConfigurationError(
      `${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} set but S3_BUCKET is not. Set S3_BUCKET to keep uploads in object storage, or remove the S3_ variables to keep them on disk (UPLOADS_DIR).`,
    )
  }
  if (!BUCKET_NAME.test(bucket)) {
    throw new ConfigurationError(`S3_BUCKET "${bucket}" is not a bucket name: use 3 to 63 lowercase letters, digits, dots and hyphens.`)
  }
  const endpoint = given(env, 'S3_ENDPOINT')
  if (endpoint) {
    let url: URL | undefined
    try {
      url = new URL(endpoint)
    } catch {
      url = undefined
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new ConfigurationError(`S3_ENDPOINT must be an http:// or https:// address (e.g. http://minio:9000), got "${endpoint}".`)
    }
  }
  const accessKeyId = given(env, 'S3_ACCESS_KEY_ID')
  const secretAccessKey = given(env, 'S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigurationError(
      `${accessKeyId ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY'} is set without ${accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'}: set both, or neither to use the machine's own credentials (an IAM role).`,
    )
  }
  return {
    bucket,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    endpoint: endpoint?.replace(/\/+$/, ''),
    // MinIO and most S3-compatible servers have no per-bucket host names; AWS prefers them.
    forcePathStyle: readBoolean('S3_FORCE_PATH_STYLE', given(env, 'S3_FORCE_PATH_STYLE'), Boolean(endpoint)),
    region: given(env, 'S3_REGION') ?? 'us-east-1',
  }
}

/**
 * The client's settings. A storage that does not answer fails a request within seconds (the
 * upload is then refused with a 503) instead of holding it, and a database transaction, open for
 * minutes. Checksums only where S3 requires them: the SDK's default (CRC32 trailers on every
 * upload) is not understood by every S3-compatible server.
 */
export const s3ClientConfig = (settings: ObjectStorageSettings): S3ClientConfig => ({
  credentials: settings.credentials,
  endpoint: settings.endpoint,
  forcePathStyle: settings.forcePathStyle,
  maxAttempts: 3,
  region: settings.region,
  requestChecksumCalculation: 'WHEN_REQUIRED',
  requestHandler: {
    connectionTimeout: 3_000,
    httpAgent: { keepAlive: true, maxSockets: 100 },
    httpsAgent: { keepAlive: true, maxSockets: 100 },
    // Time without a byte on the socket, not the whole transfer: large files still upload.
    requestTimeout: 30_000,
  },
  responseChecksumValidation: 'WHEN_REQUIRED',
})

/** A client for scripts and checks outside the upload adapter (readiness probe, backups). */
export const createS3Client = (settings: ObjectStorageSettings): S3Client => new S3Client(s3ClientConfig(settings))

const sharedClients = new Map<string, S3Client>()

/** One client per bucket and account for the life of the process (its keep-alive sockets are reused). */
export const sharedS3Client = (settings: ObjectStorageSettings): S3Client => {
  const key = JSON.stringify([
    settings.endpoint,
    settings.region,
    settings.bucket,
    settings.credentials?.accessKeyId,
    settings.forcePathStyle,
  ])
  let client = sharedClients.get(key)
  if (!client) {
    client = createS3Client(settings)
    sharedClients.set(key, client)
  }
  return client
}

/** Where each upload collection's objects go inside the bucket, so one bucket holds both without name clashes. */
export const OBJECT_PREFIXES = { attachments: 'attachments', certificates: 'certificates', media: 'media' } as const
