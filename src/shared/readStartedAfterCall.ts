/**
 * Wraps an async read so that every caller gets the result of a read that started after it
 * called, while callers that arrive together share one read: while a read is running, new callers
 * wait for the next one, which starts when the running one ends (the running one may have begun
 * before a change they must see was committed). N callers during one read cost two reads, not N.
 * A failed read fails the callers that shared it; the next call reads again.
 */
export const readStartedAfterCall = <T>(read: () => Promise<T>): (() => Promise<T>) => {
  let running: Promise<T> | undefined
  let queued: Promise<T> | undefined
  const start = () => {
    const current = read()
    running = current
    const settled = () => {
      if (running === current) running = undefined
    }
    current.then(settled, settled)
    return current
  }
  return () => {
    if (!running) return start()
    queued ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = undefined
        return start()
      })
    return queued
  }
}
