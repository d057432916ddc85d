import type { Endpoint } from 'payload'

import { readObjectStorage } from '../config/objectStorage'
import { checkReadiness } from '../health/readiness'

/**
 * Health endpoints for load balancers and orchestrators (Docker HEALTHCHECK, compose, Kubernetes
 * probes). Access: deliberately public — the callers carry no credentials — so the answers hold
 * nothing secret (no connection strings, no stacks, no versions). Neither is rate-limited: they
 * are cheap (liveness touches nothing; readiness runs one trivial query, one small read of the
 * migrations table and one tiny file per upload folder, or one tiny object put and deleted in the bucket). Never cached by anyone.
 */
const NO_STORE = { 'Cache-Control': 'no-store' }

/** `GET /api/health`: the process is alive and answers HTTP. No database call. */
export const healthEndpoint: Endpoint = {
  handler: () => Response.json({ status: 'ok' }, { headers: NO_STORE }),
  method: 'get',
  path: '/health',
}

/** `GET /api/health/ready`: 200 when the database, migrations and storage are all fine; 503 naming what is not. */
export const readinessEndpoint: Endpoint = {
  handler: async (req) => {
    // The bucket the upload adapter was configured with (payload.config.ts reads the same variables).
    const readiness = await checkReadiness(req.payload, { objectStorage: readObjectStorage(process.env) })
    return Response.json(readiness, { headers: NO_STORE, status: readiness.status === 'ok' ? 200 : 503 })
  },
  method: 'get',
  path: '/health/ready',
}
