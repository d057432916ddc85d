import { fileTypeFromBuffer } from 'file-type'

import { FILE_KINDS, type FileKind, formatBytes } from './fileKinds'

// The kinds themselves live in ./fileKinds (safe for the browser); this module reads file contents.
export * from './fileKinds'

const listLabels = (kinds: readonly FileKind[]): string => {
  const labels = kinds.map((kind) => FILE_KINDS[kind].label)
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}` : labels[0] ?? ''
}

export type UploadVerdict =
  | { kind: FileKind; mime: string; ok: true }
  | { message: string; ok: false; reason: 'mismatch' | 'too-large' | 'unrecognised' | 'wrong-type' }

/**
 * Decides whether an uploaded file is acceptable by its content, never by its name alone:
 * the bytes must be one of the allowed kinds, and the file name must agree with them (a PNG
 * called "proof.pdf" is refused, so nobody is handed an image when they open "a PDF").
 */
export const inspectFile = async (
  file: { data: Uint8Array; name: string; size?: number },
  rules: { allowed: readonly FileKind[]; maxBytes: number },
): Promise<UploadVerdict> => {
  const size = file.size ?? file.data.byteLength
  if (size > rules.maxBytes) {
    return {
      message: `The file is ${formatBytes(size)}; the limit is ${formatBytes(rules.maxBytes)}.`,
      ok: false,
      reason: 'too-large',
    }
  }
  const detected = await fileTypeFromBuffer(file.data)
  const kind = (Object.keys(FILE_KINDS) as FileKind[]).find((candidate) => FILE_KINDS[candidate].mime === detected?.mime)
  const accepted = listLabels(rules.allowed)
  if (!detected) {
    return {
      message: `The content of "${file.name}" is not a file type we accept (SVG, HTML and text files are refused). Upload a ${accepted} file.`,
      ok: false,
      reason: 'unrecognised',
    }
  }
  if (!kind || !rules.allowed.includes(kind)) {
    return {
      message: `"${file.name}" is a ${detected.ext.toUpperCase()} file; only ${accepted} files are accepted here.`,
      ok: false,
      reason: 'wrong-type',
    }
  }
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : ''
  if (!(FILE_KINDS[kind].extensions as readonly string[]).includes(extension)) {
    return {
      message: `"${file.name}" contains a ${FILE_KINDS[kind].label} file but its name says otherwise. Rename it to end in .${FILE_KINDS[kind].extensions[0]} or upload the right file.`,
      ok: false,
      reason: 'mismatch',
    }
  }
  return { kind, mime: FILE_KINDS[kind].mime, ok: true }
}
