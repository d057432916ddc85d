/**
 * The file kinds ContestKit accepts, as plain data: safe to import from client components (no
 * `file-type`, no Node APIs), so forms and the server read one table. Checking a file's bytes
 * is ./fileTypes.ts, on the server.
 */
/** The kinds accepted anywhere, with the names a file of that kind may carry. */
export const FILE_KINDS = {
  jpeg: { extensions: ['jpg', 'jpeg'], label: 'JPEG', mime: 'image/jpeg' },
  mp4: { extensions: ['mp4', 'm4v'], label: 'MP4', mime: 'video/mp4' },
  pdf: { extensions: ['pdf'], label: 'PDF', mime: 'application/pdf' },
  png: { extensions: ['png'], label: 'PNG', mime: 'image/png' },
  webp: { extensions: ['webp'], label: 'WebP', mime: 'image/webp' },
  zip: { extensions: ['zip'], label: 'ZIP', mime: 'application/zip' },
} as const

export type FileKind = keyof typeof FILE_KINDS

export const IMAGE_KINDS: readonly FileKind[] = ['jpeg', 'png', 'webp']
export const DOCUMENT_AND_IMAGE_KINDS: readonly FileKind[] = [...IMAGE_KINDS, 'pdf']
export const SUBMISSION_FILE_KINDS = ['pdf', 'zip', 'jpeg', 'png', 'webp', 'mp4'] as const satisfies readonly FileKind[]

export const mimeTypesOf = (kinds: readonly FileKind[]): string[] => kinds.map((kind) => FILE_KINDS[kind].mime)

/** An `<input type="file" accept>` value: the MIME types and the file name endings of the kinds. */
export const acceptAttribute = (kinds: readonly string[]): string =>
  kinds
    .filter((kind): kind is FileKind => kind in FILE_KINDS)
    .flatMap((kind) => [FILE_KINDS[kind].mime, ...FILE_KINDS[kind].extensions.map((extension) => `.${extension}`)])
    .join(',')

/** What registration documents (student cards, payment proofs) may be. */
export const DOCUMENT_ACCEPT = acceptAttribute(DOCUMENT_AND_IMAGE_KINDS)

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`

