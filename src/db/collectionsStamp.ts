import type { NodePgDatabase } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type { PgColumn, PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { CollectionSlug, Payload } from 'payload'

import { count, max, sql } from '@payloadcms/db-postgres/drizzle'

type Table = PgTable & Record<string, PgColumn>
// SQLite's drizzle database has the same query builder as PostgreSQL's; typed as the latter.
type SqlAdapter = { drizzle: NodePgDatabase; name: string; tables: Record<string, Table> }
type Prepared = { all?: () => Promise<StampRow[]>; execute?: () => Promise<StampRow[]> }
type StampRow = Record<string, unknown>

/**
 * What the documents of some collections are, in a few characters: per collection, how many
 * documents it holds and when the latest one was last written (`updatedAt`). Any create, update,
 * publish, unpublish or delete changes it, whichever instance made it (or a script straight in
 * the database), as long as the writer sets `updatedAt` — Payload always does. Drafts saved over
 * a published document touch only the versions table, so they leave it as it is, as they leave
 * what anonymous readers see.
 *
 * SQLite and PostgreSQL: one statement, `count(*)` and `max(updated_at)` of each table (answered
 * from the `updated_at` index Payload creates), built once per database and prepared. MongoDB:
 * one `find` per collection through the Local API.
 */
export const collectionsStamp = (payload: Payload, slugs: readonly CollectionSlug[]): Promise<string> =>
  payload.db.name === 'mongoose' ? localApiStamp(payload, slugs) : sqlStamp(payload, slugs)

const prepared = new WeakMap<object, Map<string, Prepared>>()

const statementFor = (payload: Payload, slugs: readonly CollectionSlug[]): Prepared => {
  const { drizzle: db, name, tables } = payload.db as unknown as SqlAdapter
  const cache = prepared.get(db) ?? new Map<string, Prepared>()
  prepared.set(db, cache)
  const key = slugs.join(',')
  let statement = cache.get(key)
  if (!statement) {
    const [first, ...others] = slugs.map((slug) => tables[slug.replace(/-/g, '_')])
    // The first table's figures as plain aggregates, the others' as scalar subqueries beside them.
    const columns: Record<string, unknown> = { count0: count(), latest0: max(first.updatedAt) }
    others.forEach((table, index) => {
      columns[`count${index + 1}`] = sql`(select count(*) from ${table})`
      columns[`latest${index + 1}`] = sql`(select max(${table.updatedAt}) from ${table})`
    })
    const query = db.select(columns as never).from(first) as unknown as { prepare: (name?: string) => Prepared }
    statement = name === 'postgres' ? query.prepare(`collections_stamp_${slugs.join('_').replace(/-/g, '_')}`) : query.prepare()
    cache.set(key, statement)
  }
  return statement
}

const sqlStamp = async (payload: Payload, slugs: readonly CollectionSlug[]) => {
  const statement = statementFor(payload, slugs)
  // PostgreSQL's prepared query also has `all`, which skips naming the fields: `execute` there.
  const [row] = await (payload.db.name === 'postgres' ? statement.execute!() : statement.all!())
  const text = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? ''))
  return slugs.map((_slug, index) => `${text(row[`count${index}`])}@${text(row[`latest${index}`])}`).join('|')
}

const localApiStamp = async (payload: Payload, slugs: readonly CollectionSlug[]) => {
  const stamps = await Promise.all(
    slugs.map(async (collection) => {
      const { docs, totalDocs } = await payload.find({
        collection,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        select: { updatedAt: true },
        sort: '-updatedAt',
      })
      return `${totalDocs}@${(docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`
    }),
  )
  return stamps.join('|')
}
