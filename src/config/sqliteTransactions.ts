import type { BaseDatabaseAdapter, Config } from 'payload'

import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import Database from 'libsql'

type DatabaseAdapterResult = Config['db']

/**
 * Makes Payload's SQLite transactions safe under concurrent requests.
 *
 * libsql hands a transaction the client's connection and opens a fresh connection for
 * everything else, and that fresh connection has no busy timeout: a second request writing
 * while a transaction is open fails at once with "database is locked". Its default
 * transaction mode also takes the write lock at BEGIN, so Payload operations that write
 * outside their own transaction on purpose (the forgot-password rate limit) lock themselves out.
 *
 * And a DEFERRED transaction that has read cannot write once another connection has
 * committed in between (SQLITE_BUSY_SNAPSHOT, no waiting possible): the job runner's writes
 * made registrations fail that way.
 *
 * So, for SQLite only, every write in this process takes its turn in one FIFO queue:
 * - a transaction holds the queue from BEGIN to COMMIT/ROLLBACK, and begins DEFERRED so that
 *   Payload's deliberate out-of-transaction writes inside it do not lock themselves out;
 * - a write outside any transaction waits for the queue too, but at most OUTSIDE_WRITE_WAIT_MS:
 *   a write that waits that long is one its own request's open transaction is waiting for, and
 *   it runs safely because that transaction has not written yet. Every such wait stalls all
 *   writers behind it, so none is expected: forgot-password, the one Payload operation that
 *   did this, now leaves its transaction first (hooks/users/runForgotPasswordOutsideTransaction.ts),
 *   and `stats.gaveUpWaiting` lets a test assert it stays at zero;
 * - every connection libsql opens gets the busy timeout, for other processes;
 * - transactions run on connections kept for them (a small pool; one at a time is the rule, as
 *   the queue lets one transaction in at a time), not on the client's. libsql's own
 *   `transaction()` hands the client's connection to the transaction and opens a new one for the
 *   client, so every transaction cost a new connection, and a new connection reads the whole
 *   schema (355 tables and indexes) before its first statement: 4.7 ms of the event loop per
 *   registration, measured on this machine, in a burst where the event loop is the bottleneck.
 */

type Statement = string | { sql: string }

type LibsqlClient = {
  batch: (statements: Statement[], mode?: string) => Promise<unknown>
  close: () => void
  execute: (statement: Statement) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
}

/** The file of a local `file:` URL, or undefined for anything else (memory, remote, query options): those keep libsql's own transactions. */
export const sqlitePathOf = (url: string | undefined): string | undefined => {
  if (!url?.startsWith('file:') || url.includes('?') || url.includes('#')) return undefined
  const path = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  return path && path !== ':memory:' && !path.startsWith('//') ? path : undefined
}

export const OUTSIDE_WRITE_WAIT_MS = 2_000

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i
export const isWriteStatement = (statement: Statement): boolean => WRITE.test(typeof statement === 'string' ? statement : statement.sql)

type DrizzleSqliteAdapter = BaseDatabaseAdapter & {
  busyTimeout?: number
  client?: LibsqlClient
  clientConfig?: { url?: string }
  writeQueue?: TransactionQueue
}

export const createTransactionQueue = () => {
  let tail: Promise<void> = Promise.resolve()
  const releases = new Map<number | string, () => void>()
  /** Observable by tests: a write giving up waiting means someone held the queue OUTSIDE_WRITE_WAIT_MS. */
  const stats = { gaveUpWaiting: 0 }
  return {
    /**
     * Waits for every earlier holder, then returns the function that lets the next one in.
     * With `maxWaitMs`, gives up waiting after that long and returns a no-op; its turn in the
     * queue is then passed on as soon as it comes, so nobody behind it is held up.
     */
    acquire: async (maxWaitMs?: number): Promise<() => void> => {
      let release!: () => void
      const previous = tail
      tail = new Promise<void>((resolve) => {
        release = resolve
      })
      if (maxWaitMs === undefined) {
        await previous
        return release
      }
      let timer: NodeJS.Timeout | undefined
      const turn = await Promise.race([
        previous.then(() => 'turn' as const),
        new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), maxWaitMs)
        }),
      ])
      clearTimeout(timer)
      if (turn === 'turn') return release
      stats.gaveUpWaiting += 1
      void previous.then(release)
      return () => undefined
    },
    releases,
    stats,
  }
}

export type TransactionQueue = ReturnType<typeof createTransactionQueue>

const patchClient = (
  client: LibsqlClient,
  busyTimeout: number,
  queue: ReturnType<typeof createTransactionQueue>,
  path: string | undefined,
): void => {
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const inTurn = async <T>(write: boolean, run: () => Promise<T>): Promise<T> => {
    if (!write) return run()
    const release = await queue.acquire(OUTSIDE_WRITE_WAIT_MS)
    try {
      return await run()
    } finally {
      release()
    }
  }
  client.execute = (statement) => inTurn(isWriteStatement(statement), () => execute(statement))
  client.batch = (statements, mode) => inTurn(statements.some(isWriteStatement), () => batch(statements, mode))

  if (!path) {
    const begin = client.transaction.bind(client)
    client.transaction = async () => {
      const transaction = await begin('deferred')
      // The client now opens a new connection for its next statement: give it the busy timeout.
      await execute(`PRAGMA busy_timeout = ${busyTimeout};`)
      return transaction
    }
    return
  }

  const idle: Database.Database[] = []
  let closed = false
  const connect = () => {
    const connection = new Database(path)
    connection.exec(`PRAGMA busy_timeout = ${busyTimeout};`)
    return connection
  }
  client.transaction = async () => {
    const connection = idle.pop() ?? connect()
    connection.exec('BEGIN DEFERRED')
    const transaction = new Sqlite3Transaction(connection, 'number')
    // Back to the pool once the transaction has ended (a failed COMMIT leaves it open until the ROLLBACK).
    let returned = false
    const giveBack = () => {
      if (returned || connection.inTransaction) return
      returned = true
      if (closed) connection.close()
      else idle.push(connection)
    }
    for (const method of ['commit', 'rollback'] as const) {
      const end = transaction[method].bind(transaction)
      transaction[method] = async () => {
        try {
          await end()
        } finally {
          giveBack()
        }
      }
    }
    const close = transaction.close.bind(transaction)
    transaction.close = () => {
      close()
      giveBack()
    }
    return transaction
  }
  const closeClient = client.close.bind(client)
  client.close = () => {
    closed = true
    for (const connection of idle.splice(0)) connection.close()
    closeClient()
  }
}

export const withSerializedTransactions = (result: DatabaseAdapterResult): DatabaseAdapterResult => ({
  ...result,
  init: (args) => {
    const adapter = result.init(args) as DrizzleSqliteAdapter
    const queue = createTransactionQueue()
    adapter.writeQueue = queue
    const busyTimeout = adapter.busyTimeout || 10_000

    const connect = adapter.connect?.bind(adapter)
    if (connect) {
      adapter.connect = async (options) => {
        await connect(options)
        if (adapter.client && !(adapter.client as { __contestkit?: boolean }).__contestkit) {
          patchClient(adapter.client, busyTimeout, queue, sqlitePathOf(adapter.clientConfig?.url))
          ;(adapter.client as { __contestkit?: boolean }).__contestkit = true
        }
      }
    }

    const begin = adapter.beginTransaction.bind(adapter)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    const finish = (id: number | string) => {
      queue.releases.get(id)?.()
      queue.releases.delete(id)
    }

    adapter.beginTransaction = async (options) => {
      const release = await queue.acquire()
      try {
        const id = await begin(options)
        if (id === null || id === undefined) release()
        else queue.releases.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    adapter.commitTransaction = async (id) => {
      const resolved = await id
      try {
        await commit(resolved)
      } finally {
        finish(resolved)
      }
    }
    adapter.rollbackTransaction = async (id) => {
      const resolved = await id
      try {
        await rollback(resolved)
      } finally {
        finish(resolved)
      }
    }
    return adapter
  },
})
