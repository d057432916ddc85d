/**
 * A small RFC 4180 reader for tests, written apart from src/domain/csv.ts so that a bug in the
 * writer is not mirrored here: quoted fields may hold commas, doubled quotes and line breaks;
 * records end with CRLF (a bare LF is accepted). Throws on a malformed file.
 */
export const parseCsv = (text: string): string[][] => {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let index = 0
  let quoted = false
  let fieldStarted = false
  const endField = () => {
    record.push(field)
    field = ''
    fieldStarted = false
  }
  while (index < text.length) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 2
        continue
      }
      if (char === '"') {
        quoted = false
        index += 1
        if (index < text.length && !/[,\r\n]/.test(text[index])) throw new Error(`text after a closing quote at ${index}`)
        continue
      }
      field += char
      index += 1
      continue
    }
    if (char === '"') {
      if (fieldStarted || field !== '') throw new Error(`a quote inside an unquoted field at ${index}`)
      quoted = true
      fieldStarted = true
      index += 1
      continue
    }
    if (char === ',') {
      endField()
      index += 1
      continue
    }
    if (char === '\r' || char === '\n') {
      endField()
      records.push(record)
      record = []
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1
      continue
    }
    field += char
    index += 1
  }
  if (quoted) throw new Error('an unterminated quoted field')
  if (field !== '' || record.length > 0) {
    endField()
    records.push(record)
  }
  return records
}

/** A CSV download's rows as objects keyed by the heading row, after checking and removing the BOM. */
export const csvObjects = (bytes: Buffer): { header: string[]; rows: Record<string, string>[] } => {
  const text = bytes.toString('utf8')
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV has no UTF-8 byte-order mark')
  const [header, ...records] = parseCsv(text.slice(1))
  for (const record of records) {
    if (record.length !== header.length) throw new Error(`a row of ${record.length} fields under ${header.length} headings`)
  }
  return { header, rows: records.map((record) => Object.fromEntries(header.map((heading, index) => [heading, record[index]]))) }
}
