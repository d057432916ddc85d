import type { Payload } from 'payload'

import crypto from 'node:crypto'

/**
 * Batched inserts below Payload, for seeding benchmarks: rows written as Payload would store
 * them, without its hooks, versions or per-document round trips.
 */

const BATCH = 1000

/** A new id as the database stores it: a UUID on SQL (idType 'uuid'), an ObjectId's hex on MongoDB. */
export const newId = (payload: Payload): string =>
  payload.db.name === 'mongoose' ? crypto.randomBytes(12).toString('hex') : crypto.randomUUID()

type Doc = Record<string, unknown> & { id: string }

export type InsertShape<T extends Doc> = {
  /** Array fields: their rows per document (a separate `<collection>_<field>` table on SQL). */
  arrays?: Record<string, (doc: T) => Record<string, unknown>[]>
  /** Timestamps (ISO strings in SQL, Dates in MongoDB). */
  dates?: string[]
  /** Fields holding ids of other documents, `array.field` inside arrays (ObjectIds in MongoDB). */
  relationships?: string[]
}

type SqlAdapter = {
  drizzle: { insert: (table: unknown) => { values: (rows: object[]) => Promise<unknown> } }
  tables: Record<string, unknown>
}
type MongoAdapter = {
  collections: Record<
    string,
    {
      base: { Types: { ObjectId: new (id: string) => unknown } }
      collection: { insertMany: (docs: object[], options: object) => Promise<unknown> }
    }
  >
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

export const insertRows = async <T extends Doc>(payload: Payload, collection: string, docs: T[], shape: InsertShape<T> = {}) => {
  const arrays = Object.entries(shape.arrays ?? {})
  const own = (doc: T) => Object.fromEntries(Object.entries(doc).filter(([key]) => !(key in (shape.arrays ?? {}))))
  for (let start = 0; start < docs.length; start += BATCH) {
    const batch = docs.slice(start, start + BATCH)
    if (payload.db.name === 'mongoose') {
      const model = (payload.db as unknown as MongoAdapter).collections[collection]
      const { ObjectId } = model.base.Types
      const relationships = new Set(shape.relationships ?? [])
      const dates = new Set(shape.dates ?? [])
      const convert = (row: Record<string, unknown>, prefix: string) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => {
            if (typeof value === 'string' && relationships.has(prefix + key)) return [key, new ObjectId(value)]
            if (typeof value === 'string' && dates.has(prefix + key)) return [key, new Date(value)]
            return [key, value]
          }),
        )
      await model.collection.insertMany(
        batch.map((doc) => {
          const { id, ...fields } = convert(own(doc), '') as Doc
          const embedded = Object.fromEntries(
            arrays.map(([field, rowsOf]) => [
              field,
              rowsOf(doc).map((row) => ({ ...convert(row, `${field}.`), id: crypto.randomBytes(12).toString('hex') })),
            ]),
          )
          return { ...fields, ...embedded, _id: new ObjectId(id) }
        }),
        { ordered: false },
      )
      continue
    }
    const { drizzle, tables } = payload.db as unknown as SqlAdapter
    await drizzle.insert(tables[collection]).values(batch.map(own))
    for (const [field, rowsOf] of arrays) {
      const rows = batch.flatMap((doc) =>
        rowsOf(doc).map((row, index) => ({ ...row, _order: index + 1, _parentID: doc.id, id: crypto.randomBytes(12).toString('hex') })),
      )
      if (rows.length > 0) await drizzle.insert(tables[`${collection}_${snakeCase(field)}`]).values(rows)
    }
  }
}
