import { describe, expect, it } from 'vitest'

import { databaseKind } from '../../src/config/database'
import { createTransactionQueue } from '../../src/config/sqliteTransactions'

describe('databaseKind', () => {
  it.each([
    [undefined, 'sqlite'],
    ['file:./data/x.db', 'sqlite'],
    ['libsql://db.example', 'sqlite'],
    ['postgres://u@h/db', 'postgres'],
    ['postgresql://u@h/db', 'postgres'],
    ['mongodb://h/db?replicaSet=rs0', 'mongodb'],
    ['mongodb+srv://cluster.example/db', 'mongodb'],
  ])('%s → %s', (url, kind) => {
    expect(databaseKind(url)).toBe(kind)
  })

  it('refuses an unknown scheme with a message listing the accepted ones', () => {
    expect(() => databaseKind('mysql://h/db')).toThrow(/DATABASE_URL must start with file:.*postgres:\/\/.*mongodb:\/\//)
  })
})

describe('SQLite transaction queue', () => {
  it('lets one holder in at a time, in arrival order', async () => {
    const queue = createTransactionQueue()
    const order: string[] = []
    const first = await queue.acquire()
    const second = queue.acquire().then((release) => {
      order.push('second')
      release()
    })
    const third = queue.acquire().then((release) => {
      order.push('third')
      release()
    })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(order).toEqual([])
    order.push('first')
    first()
    await Promise.all([second, third])
    expect(order).toEqual(['first', 'second', 'third'])
  })
})
