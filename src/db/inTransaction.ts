import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

/**
 * Runs a custom endpoint's writes as one transaction (Payload opens one per operation, not per
 * endpoint): every Local API call inside passes `req` and joins it, so an endpoint that fails
 * half-way leaves nothing behind, and its emails (queued jobs) are not sent.
 */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
