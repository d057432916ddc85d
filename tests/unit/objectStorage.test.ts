import { describe, expect, it } from 'vitest'

import { ConfigurationError, readEnv } from '../../src/config/env'
import { readObjectStorage, s3ClientConfig } from '../../src/config/objectStorage'

const MINIO = {
  S3_ACCESS_KEY_ID: 'contestkit',
  S3_BUCKET: 'contestkit-uploads',
  S3_ENDPOINT: 'http://minio:9000/',
  S3_SECRET_ACCESS_KEY: 'minio-secret',
}

const refusal = (env: Record<string, string>): string => {
  try {
    readObjectStorage(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

describe('readObjectStorage', () => {
  it('keeps uploads on disk when no S3 variable is set (empty ones count as unset)', () => {
    expect(readObjectStorage({})).toBeUndefined()
    expect(readObjectStorage({ S3_BUCKET: ' ', S3_REGION: '' })).toBeUndefined()
    expect(readEnv({ PAYLOAD_SECRET: 'x'.repeat(40) }).objectStorage).toBeUndefined()
  })

  it('reads a MinIO setup: path-style addresses by default with an endpoint, region defaulted, trailing slash dropped', () => {
    expect(readObjectStorage(MINIO)).toEqual({
      bucket: 'contestkit-uploads',
      credentials: { accessKeyId: 'contestkit', secretAccessKey: 'minio-secret' },
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      region: 'us-east-1',
    })
    expect(readObjectStorage({ ...MINIO, S3_FORCE_PATH_STYLE: 'false' })?.forcePathStyle).toBe(false)
    expect(readEnv({ ...MINIO, PAYLOAD_SECRET: 'x'.repeat(40) }).objectStorage?.bucket).toBe('contestkit-uploads')
  })

  it('reads AWS with the machine role: no endpoint, no keys, virtual-host addresses', () => {
    expect(readObjectStorage({ S3_BUCKET: 'contestkit-prod', S3_REGION: 'ap-southeast-3' })).toEqual({
      bucket: 'contestkit-prod',
      credentials: undefined,
      endpoint: undefined,
      forcePathStyle: false,
      region: 'ap-southeast-3',
    })
  })

  it('refuses a half-done setup with a sentence naming the variable and what to do', () => {
    expect(refusal({ S3_ENDPOINT: 'http://minio:9000' })).toBe(
      'S3_ENDPOINT is set but S3_BUCKET is not. Set S3_BUCKET to keep uploads in object storage, or remove the S3_ variables to keep them on disk (UPLOADS_DIR).',
    )
    expect(refusal({ S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' })).toMatch(
      /^S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are set but S3_BUCKET is not\./,
    )
    expect(refusal({ ...MINIO, S3_SECRET_ACCESS_KEY: '' })).toBe(
      "S3_ACCESS_KEY_ID is set without S3_SECRET_ACCESS_KEY: set both, or neither to use the machine's own credentials (an IAM role).",
    )
    expect(refusal({ ...MINIO, S3_ENDPOINT: 'minio:9000' })).toBe(
      'S3_ENDPOINT must be an http:// or https:// address (e.g. http://minio:9000), got "minio:9000".',
    )
    expect(refusal({ ...MINIO, S3_BUCKET: 'My_Bucket' })).toMatch(/^S3_BUCKET "My_Bucket" is not a bucket name/)
    expect(refusal({ ...MINIO, S3_FORCE_PATH_STYLE: 'sometimes' })).toBe('S3_FORCE_PATH_STYLE must be "true" or "false", got "sometimes".')
    expect(() => readEnv({ PAYLOAD_SECRET: 'x'.repeat(40), S3_REGION: 'eu-west-1' })).toThrow(ConfigurationError)
  })
})

describe('s3ClientConfig', () => {
  it('fails fast when the storage does not answer and sends checksums only where S3 requires them', () => {
    const config = s3ClientConfig(readObjectStorage(MINIO)!)
    expect(config).toMatchObject({
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 3000 },
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
  })
})
