/**
 * `npm run migrate`: applies the committed migrations for the database in DATABASE_URL
 * (PostgreSQL or SQLite; MongoDB needs none). The production server also applies them when
 * it starts; this is for doing it before a deploy, or by hand.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { databaseKind } from '../src/config/database'
import { migrations as postgresMigrations } from '../src/migrations/postgres/index'
import { migrations as sqliteMigrations } from '../src/migrations/sqlite/index'

const kind = databaseKind(process.env.DATABASE_URL)
process.env.PAYLOAD_MIGRATING = 'true'
const payload = await getPayload({ config, disableOnInit: true })
if (kind === 'mongodb') {
  payload.logger.info('MongoDB needs no migrations.')
} else {
  // Each dialect's migrations take that adapter's argument types; the adapter matches DATABASE_URL.
  type Migrations = NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations']
  const migrations = (kind === 'postgres' ? postgresMigrations : sqliteMigrations) as unknown as Migrations
  await payload.db.migrate({ migrations })
  payload.logger.info('Migrations are up to date.')
}
await payload.destroy()
process.exit(0)
