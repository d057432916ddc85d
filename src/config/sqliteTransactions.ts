import type { BaseDatabaseAdapter, Config } from 'payload'

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
 * So, for SQLite only:
 * - transactions in this process run one at a time (a FIFO queue), which is what SQLite does
 *   anyway, but now requests wait their turn instead of failing;
 * - transactions begin DEFERRED: nothing is locked until they first write;
 * - every connection libsql opens gets the busy timeout, so a write outside a transaction
 *   waits for a commit instead of failing.
 */

type LibsqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
}

type DrizzleSqliteAdapter = BaseDatabaseAdapter & { busyTimeout?: number; client?: LibsqlClient }

export const createTransactionQueue = () => {
  let tail: Promise<void> = Promise.resolve()
  const releases = new Map<number | string, () => void>()
  return {
    /** Waits for every earlier holder, then returns the function that lets the next one in. */
    acquire: async (): Promise<() => void> => {
      let release!: () => void
      const previous = tail
      tail = new Promise<void>((resolve) => {
        release = resolve
      })
      await previous
      return release
    },
    releases,
  }
}

const patchClient = (client: LibsqlClient, busyTimeout: number): void => {
  const begin = client.transaction.bind(client)
  client.transaction = async () => {
    const transaction = await begin('deferred')
    // The client now opens a new connection for its next statement: give it the busy timeout.
    await client.execute(`PRAGMA busy_timeout = ${busyTimeout};`)
    return transaction
  }
}

export const withSerializedTransactions = (result: DatabaseAdapterResult): DatabaseAdapterResult => ({
  ...result,
  init: (args) => {
    const adapter = result.init(args) as DrizzleSqliteAdapter
    const queue = createTransactionQueue()
    const busyTimeout = adapter.busyTimeout || 10_000

    const connect = adapter.connect?.bind(adapter)
    if (connect) {
      adapter.connect = async (options) => {
        await connect(options)
        if (adapter.client && !(adapter.client as { __contestkit?: boolean }).__contestkit) {
          patchClient(adapter.client, busyTimeout)
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
