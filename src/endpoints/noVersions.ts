import type { Endpoint } from 'payload'

import { NotFound } from 'payload'

const notFound: Endpoint['handler'] = (req) => {
  throw new NotFound(req.t)
}

/**
 * Payload routes /versions for every collection, versioned or not, and on a collection that keeps
 * no versions those routes failed with 500. A collection's own endpoints come before Payload's,
 * so these answer 404 first.
 */
export const noVersionEndpoints: Endpoint[] = [
  { handler: notFound, method: 'get', path: '/versions' },
  { handler: notFound, method: 'get', path: '/versions/:id' },
  { handler: notFound, method: 'post', path: '/versions/:id' },
]
