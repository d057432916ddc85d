import type { AddressInfo } from 'node:net'

import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

import { createS3Client, readObjectStorage } from '../../src/config/objectStorage'

/** s3rver checks signatures against this fixed pair. */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type TestObjectStorage = Awaited<ReturnType<typeof startObjectStorage>>

/**
 * A real S3-compatible server in this process (s3rver: the S3 REST API over HTTP, objects in a
 * temporary folder), on a free port of 127.0.0.1, with one bucket. `env` is what ContestKit reads to
 * use it; `client` looks into the bucket the way an operator would. `stop()` takes the server away
 * mid-test (the storage becomes unreachable: connections refused); `start()` brings it back on the
 * same port with the same objects.
 */
export const startObjectStorage = async (bucket = 'contestkit-test') => {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'contestkit-s3-'))
  let port = 0
  let server: S3rver | undefined

  /** Set by a test: matching requests are answered 500, as a storage that half works would. */
  const faults: { refuse?: (request: { method: string; path: string }) => boolean } = {}

  const start = async () => {
    server = new S3rver({ address: '127.0.0.1', configureBuckets: [{ configs: [], name: bucket }], directory, port, silent: true })
    // s3rver is a Koa app: a middleware placed first answers before its routes do.
    ;(server as unknown as { middleware: ((ctx: any, next: () => Promise<void>) => Promise<void>)[] }).middleware.unshift(
      async (ctx, next) => {
        if (faults.refuse?.({ method: ctx.method, path: decodeURIComponent(ctx.path) })) {
          ctx.status = 500
          ctx.body = '<Error><Code>InternalError</Code></Error>'
          return
        }
        await next()
      },
    )
    const address = (await server.run()) as AddressInfo
    port = address.port
  }

  const stop = async () => {
    const running = server as (S3rver & { httpServer?: { closeAllConnections?: () => void } }) | undefined
    server = undefined
    if (!running) return
    const closed = running.close()
    // Keep-alive sockets of the app's client would hold the server open; an outage drops them.
    running.httpServer?.closeAllConnections?.()
    await closed
  }

  await start()
  const endpoint = `http://127.0.0.1:${port}`
  const env = {
    S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_REGION: 'us-east-1',
    S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
  }
  const client: S3Client = createS3Client(readObjectStorage(env)!)

  /** Every key in the bucket, sorted. */
  const keys = async (prefix = ''): Promise<string[]> => {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))
    return (listed.Contents ?? []).map((object) => object.Key!).sort()
  }

  const exists = async (key: string): Promise<boolean> => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
      return true
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false
      throw error
    }
  }

  const read = async (key: string): Promise<Buffer> => {
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    return Buffer.from(await object.Body!.transformToByteArray())
  }

  const remove = (key: string) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))

  const close = async () => {
    client.destroy()
    await stop()
    await fs.rm(directory, { force: true, recursive: true })
  }

  return { bucket, client, close, endpoint, env, exists, faults, keys, read, remove, start, stop }
}
