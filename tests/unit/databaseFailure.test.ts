import { describe, expect, it } from 'vitest'

import { answerDatabaseUnavailable, databaseFailureMessage } from '../../hooks/root/answerDatabaseUnavailable'
import { logRequestId } from '../../hooks/root/logRequestId'

const wrapped = (inner: object) => Object.assign(new Error('Failed query: insert into "users" …'), { cause: inner })

describe('a request failed by the database is answered 503 with a sentence', () => {
  it('PostgreSQL unreachable or shutting down', () => {
    expect(databaseFailureMessage(wrapped({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }))).toMatch(
      /not reachable/,
    )
    expect(databaseFailureMessage(wrapped({ code: '57P01', message: 'terminating connection due to administrator command' }))).toMatch(
      /not reachable/,
    )
  })

  it('SQLite busy under a burst (found by the graceful-shutdown test: 500s on concurrent sign-ups)', () => {
    expect(databaseFailureMessage(wrapped({ code: 'SQLITE_BUSY', message: 'SQLITE_BUSY: database is locked' }))).toMatch(/busy/)
    expect(databaseFailureMessage(new Error('database is locked'))).toMatch(/busy/)
    expect(databaseFailureMessage(wrapped({ code: 'SQLITE_BUSY_SNAPSHOT', message: 'x' }))).toMatch(/busy/)
  })

  it('other failures stay what they are', () => {
    expect(databaseFailureMessage(new Error('Cannot read properties of undefined'))).toBeNull()
    expect(databaseFailureMessage(wrapped({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed' }))).toBeNull()
  })

  it('the hook answers REST with 503 and leaves 4xx refusals alone', () => {
    const busy = Object.assign(new Error('database is locked'), { status: 500 })
    expect(answerDatabaseUnavailable({ error: busy } as never)).toMatchObject({ status: 503 })
    const refused = Object.assign(new Error('database is locked'), { status: 409 })
    expect(answerDatabaseUnavailable({ error: refused } as never)).toBeUndefined()
  })
})

describe('the error log line names the status the client got', () => {
  const logged = (error: Error) => {
    const lines: { status: number }[] = []
    const req = {
      headers: new Headers(),
      method: 'POST',
      payload: { logger: { error: (line: { status: number }) => lines.push(line) } },
      url: '/api/registrations',
    }
    logRequestId({ error, req } as never)
    return lines.map((line) => line.status)
  }

  it('503 for a busy or unreachable database, 500 for anything else', () => {
    expect(logged(Object.assign(new Error('database is locked'), { status: 500 }))).toEqual([503])
    expect(logged(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { status: 500 }))).toEqual([503])
    expect(logged(new Error('Cannot read properties of undefined'))).toEqual([500])
  })
})
