import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, CollectionConfig, Config, Plugin } from 'payload'

import { DeleteObjectCommand } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import path from 'node:path'
import { APIError } from 'payload'

import { OBJECT_PREFIXES, type ObjectStorageSettings, s3ClientConfig, sharedS3Client } from '../config/objectStorage'

/**
 * Media and attachments in an S3-compatible bucket when S3_BUCKET is set (src/config/objectStorage.ts),
 * on disk otherwise.
 *
 * Every file, public or private, is still served by Payload's file route
 * (`/api/<collection>/file/<name>`): the plugin's `disablePayloadAccessControl` stays false, so a
 * private file is streamed only after the collection's read access has passed, with our headers
 * (src/uploads/responseHeaders.ts); documents never carry a bucket address, and objects are written
 * without a public ACL. Posters go the same way: the site's Content-Security-Policy allows images
 * from itself only, and one path for both keeps the headers and the bucket private.
 *
 * The plugin's fields (`prefix`, `_objectKey`) are added with or without a bucket, so one set of
 * migrations fits both. With a bucket, `media/<name>` and `attachments/<name>` are the object keys,
 * the same layout as UPLOADS_DIR: moving to a bucket is copying the folder.
 */
export const objectStoragePlugin =
  (settings: ObjectStorageSettings | undefined): Plugin =>
  (config: Config): Config => {
    const stored = s3Storage({
      alwaysInsertFields: true,
      bucket: settings?.bucket ?? '',
      clientCacheKey: settings ? `s3:${settings.endpoint ?? 'aws'}:${settings.bucket}` : undefined,
      collections: {
        attachments: { prefix: OBJECT_PREFIXES.attachments },
        certificates: { prefix: OBJECT_PREFIXES.certificates },
        media: { prefix: OBJECT_PREFIXES.media },
      },
      config: settings ? s3ClientConfig(settings) : {},
      enabled: Boolean(settings),
    })(config) as Config
    const before = new Map((config.collections ?? []).map((collection) => [collection.slug, collection]))
    return {
      ...stored,
      collections: stored.collections?.map((collection) => {
        if (!(collection.slug in OBJECT_PREFIXES)) return collection
        const located = keepObjectLocation(collection)
        return settings ? answerStorageOutages(located, before.get(collection.slug), settings) : located
      }),
    }
  }

/**
 * Where an object lives is the server's choice: the plugin lets a request's `prefix` (and
 * `_objectKey`, meant for direct browser uploads, which are off) pick a folder inside the
 * collection's, and a chosen prefix also escapes Payload's renaming of duplicate file names (a
 * second "ktm.png" then fails as "not unique"). They are dropped from every API request before
 * Payload names the file; the server's own Local API calls keep them.
 */
const keepObjectLocation = (collection: CollectionConfig): CollectionConfig => {
  const dropLocation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
    const data = (args as { data?: Record<string, unknown> }).data
    if ((operation === 'create' || operation === 'update') && req.payloadAPI !== 'local' && data) {
      delete data.prefix
      delete data._objectKey
    }
    return args
  }
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [dropLocation, ...(collection.hooks?.beforeOperation ?? [])] } }
}

const AGAIN = 'Try again in a few minutes.'

/** Refused because the bucket did not answer (or refused us): the server's fault, and passing. */
export class StorageUnavailable extends APIError {
  constructor(message: string) {
    super(message, 503, null, true)
    this.name = 'StorageUnavailable'
  }
}

/**
 * The plugin writes a file in an afterChange hook and removes it in an afterDelete hook, inside the
 * operation's transaction: when the bucket fails, the document is rolled back with it (no attachment
 * without its object). Its error is the SDK's, which Payload answers with a bare 500; these wrappers
 * turn it into a 503 that says what happened. Only the hooks and file handlers the plugin added are
 * wrapped, so our own hooks' refusals pass through untouched.
 */
const answerStorageOutages = (
  collection: CollectionConfig,
  original: CollectionConfig | undefined,
  settings: ObjectStorageSettings,
): CollectionConfig => {
  const added = <T>(list: T[] | undefined, originals: unknown[] | undefined): ((item: T, index: number) => boolean) => {
    const count = originals?.length ?? 0
    return (_item, index) => index >= count && index < (list?.length ?? 0)
  }
  const prefix = OBJECT_PREFIXES[collection.slug as keyof typeof OBJECT_PREFIXES]
  const hooks = collection.hooks ?? {}
  const isNewAfterChange = added(hooks.afterChange, original?.hooks?.afterChange)
  const isNewAfterDelete = added(hooks.afterDelete, original?.hooks?.afterDelete)
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const originalHandlers = typeof original?.upload === 'object' ? original.upload.handlers : undefined
  const isNewHandler = added(upload.handlers, originalHandlers)
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: hooks.afterChange?.map((hook, index) =>
        isNewAfterChange(hook, index)
          ? refuseOnStorageFailure(
              removeWhatWasWritten(hook, deleteObjects(settings, prefix)),
              `The file could not be stored: file storage is not reachable right now, so nothing was saved. ${AGAIN}`,
            )
          : hook,
      ),
      afterDelete: hooks.afterDelete?.map((hook, index) =>
        isNewAfterDelete(hook, index)
          ? refuseOnStorageFailure(
              deleteObjects(settings, prefix),
              `The file could not be deleted: file storage is not reachable right now, so nothing was changed. ${AGAIN}`,
            )
          : hook,
      ),
    },
    upload: {
      ...upload,
      handlers: upload.handlers?.map((handler, index) =>
        isNewHandler(handler, index)
          ? (async (...args: Parameters<typeof handler>) => {
              const response = await handler(...args)
              // The plugin answers any failure but "no such object" with a plain-text 500.
              if (response instanceof Response && response.status === 500) {
                return Response.json(
                  { errors: [{ message: `The file cannot be read right now: file storage is not reachable. ${AGAIN}` }] },
                  { headers: { 'Cache-Control': 'no-store', 'Retry-After': '60' }, status: 503 },
                )
              }
              return response
            }) as typeof handler
          : handler,
      ),
    },
  }
}

/**
 * In place of the plugin's afterDelete hook, which logs a failed deletion and lets the document go:
 * a student card would then stay in the bucket with nothing pointing at it, and nobody would
 * delete it again. Failing keeps the document (the transaction rolls back) so the deletion can be
 * retried; deleting an object that is already gone succeeds, so a retry finishes the job.
 */
const deleteObjects =
  (settings: ObjectStorageSettings, collectionPrefix: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const stored = doc as { _objectKey?: null | string; filename?: null | string; prefix?: null | string; sizes?: Record<string, { filename?: null | string }> }
    const folder = path.posix.join(stored.prefix || collectionPrefix, stored._objectKey || '')
    const names = [stored.filename, ...Object.values(stored.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
    const client = sharedS3Client(settings)
    // Every deletion settles before the hook answers: a retry still under way when the
    // transaction rolls back could otherwise remove a file of the document that was kept.
    const results = await Promise.allSettled(
      names.map((name) => client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: path.posix.join(folder, name) }))),
    )
    const failed = results.find((result) => result.status === 'rejected')
    if (failed) {
      req.payload.logger.error({ err: failed.reason, msg: `Could not delete the files of ${collectionPrefix} ${String(doc.id)} from object storage.` })
      throw failed.reason
    }
    return doc
  }

/**
 * The plugin writes a file and its image sizes side by side; when one fails, the others may be in
 * the bucket already while the document is rolled back. On a new document those objects are
 * nobody's (its names are fresh), so they are removed, as far as the storage lets us. Not on an
 * update: a replacement may reuse the name of the file the kept document still points at.
 */
const removeWhatWasWritten =
  (hook: CollectionAfterChangeHook, remove: CollectionAfterDeleteHook): CollectionAfterChangeHook =>
  async (args) => {
    try {
      return await hook(args)
    } catch (error) {
      if (args.operation === 'create') {
        await Promise.resolve(remove({ ...args, id: args.doc.id } as unknown as Parameters<CollectionAfterDeleteHook>[0])).catch(() => undefined)
      }
      throw error
    }
  }

const refuseOnStorageFailure =
  <Args extends unknown[], Result>(hook: (...args: Args) => Result, message: string) =>
  async (...args: Args): Promise<Awaited<Result>> => {
    try {
      return await hook(...args)
    } catch (error) {
      if (error instanceof APIError || (error as { status?: number }).status) throw error
      throw new StorageUnavailable(message)
    }
  }
