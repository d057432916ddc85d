import { describe, expect, it } from 'vitest'

import { readStartedAfterCall } from '../../src/shared/readStartedAfterCall'

/** A read of a value that changes: each read sees the value when it started, and ends when told. */
const controlledReads = () => {
  let value = 0
  const pending: (() => void)[] = []
  const started: number[] = []
  const read = () => {
    const seen = value
    started.push(seen)
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)))
  }
  const finishNext = async () => {
    pending.shift()!()
    // Let the callers' continuations (and the next read's start) run.
    for (let tick = 0; tick < 5; tick++) await Promise.resolve()
  }
  return { finishNext, read, set: (next: number) => (value = next), started }
}

describe('a read started after the call, shared by callers that arrive together', () => {
  it('never answers a caller with a read that began before it called', async () => {
    const reads = controlledReads()
    const shared = readStartedAfterCall(reads.read)
    const first = shared()
    // A change commits while the first read runs; callers arriving now must see it.
    reads.set(1)
    const second = shared()
    const third = shared()
    await reads.finishNext()
    expect(await first).toBe(0)
    await reads.finishNext()
    expect(await second).toBe(1)
    expect(await third).toBe(1)
    // Three callers, two reads.
    expect(reads.started).toEqual([0, 1])
  })

  it('reads again for the next caller once nothing runs, and a failed read fails only its own callers', async () => {
    let calls = 0
    const shared = readStartedAfterCall(async () => {
      calls++
      if (calls === 1) throw new Error('database unavailable')
      return calls
    })
    await expect(shared()).rejects.toThrow('database unavailable')
    expect(await shared()).toBe(2)
    expect(await shared()).toBe(3)
  })
})
