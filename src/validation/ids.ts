/**
 * What a document id looks like on each database: SQL databases here use UUIDs (see
 * src/config/database.ts), MongoDB ObjectIds, and a SQL database without `idType: 'uuid'` serial numbers.
 * A malformed id sent to PostgreSQL is a driver error (500); checked first, it is a 400.
 */
export type IdKind = 'objectid' | 'serial' | 'uuid'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const OBJECT_ID = /^[0-9a-f]{24}$/i

export const isIdOfKind =
  (kind: IdKind) =>
  (value: unknown): boolean => {
    if (kind === 'serial') return (typeof value === 'number' || typeof value === 'string') && /^[1-9]\d{0,15}$/.test(String(value))
    return typeof value === 'string' && (kind === 'uuid' ? UUID : OBJECT_ID).test(value)
  }

/** The id kind of a Payload database adapter. */
export const idKindOf = (db: { idType?: unknown; name?: unknown }): IdKind => {
  if (db.name === 'mongoose') return 'objectid'
  return db.idType === 'uuid' ? 'uuid' : 'serial'
}
