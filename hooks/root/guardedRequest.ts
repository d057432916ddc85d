import type { PayloadRequest } from 'payload'

/**
 * Whether an operation comes from a client (REST or GraphQL) with access enforced. The request
 * guards check only these: server code (hooks, endpoints, jobs, the public site's pages) calls the
 * Local API with values it built itself.
 */
export const fromClient = (req: PayloadRequest, args: { overrideAccess?: boolean }): boolean =>
  req.payloadAPI !== 'local' && args.overrideAccess !== true
