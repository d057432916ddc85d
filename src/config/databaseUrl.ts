import { ConfigurationError } from './configurationError'

export const DEFAULT_SQLITE_URL = 'file:./data/contestkit.db'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

/** Which adapter a `DATABASE_URL` selects; unset means the embedded SQLite file. */
export const databaseKind = (url: string | undefined): DatabaseKind => {
  if (!url) return 'sqlite'
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase()
  switch (scheme) {
    case 'file:':
    case 'libsql:':
      return 'sqlite'
    case 'postgres:':
    case 'postgresql:':
      return 'postgres'
    case 'mongodb:':
    case 'mongodb+srv:':
      return 'mongodb'
    default:
      throw new ConfigurationError(
        `DATABASE_URL must start with file:, libsql:, postgres://, postgresql://, mongodb:// or mongodb+srv:// (got "${scheme || url}").`,
      )
  }
}
