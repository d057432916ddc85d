import path from 'node:path'

/**
 * Uploaded files live under one folder (one Docker volume): `media/` for public files,
 * and later `attachments/` for private ones.
 */
export const uploadsRoot = (): string => path.resolve(process.env.UPLOADS_DIR || 'uploads')

export const uploadDir = (collection: string): string => path.join(uploadsRoot(), collection)

export const MEGABYTE = 1024 * 1024
