import { GetObjectCommand, NoSuchKey } from '@aws-sdk/client-s3'
import fs from 'node:fs/promises'
import path from 'node:path'

import { OBJECT_PREFIXES, type ObjectStorageSettings, readObjectStorage, sharedS3Client } from '../config/objectStorage'
import { uploadDir } from '../config/uploads'
import { StorageUnavailable } from './objectStoragePlugin'

type StoredCollection = keyof typeof OBJECT_PREFIXES

/**
 * The bytes of an uploaded file, wherever uploads live: in the bucket when S3_BUCKET is set, under
 * UPLOADS_DIR otherwise. For the server's own reads of files it made or was given (a certificate's
 * PDF, a background printed on one), after the caller has checked who may have them; people
 * download through Payload's access-checked file route. Null when there is no such file; a bucket
 * that does not answer is a 503 (StorageUnavailable), not "no file".
 */
export const readStoredFile = async (
  collection: StoredCollection,
  doc: { filename?: null | string; prefix?: null | string },
  objectStorage: ObjectStorageSettings | undefined = readObjectStorage(process.env),
): Promise<Buffer | null> => {
  if (!doc.filename) return null
  const name = path.basename(doc.filename)
  if (!objectStorage) return fs.readFile(path.join(uploadDir(collection), name)).catch(() => null)
  // The upload adapter's key: the document's folder (its collection's; see objectStoragePlugin) and name.
  const key = path.posix.join(doc.prefix || OBJECT_PREFIXES[collection], name)
  try {
    const object = await sharedS3Client(objectStorage).send(new GetObjectCommand({ Bucket: objectStorage.bucket, Key: key }))
    return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null
  } catch (error) {
    if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null
    throw new StorageUnavailable('The file could not be read: file storage is not reachable right now. Try again in a few minutes.')
  }
}
