/**
 * Request ids tie a client's report ("it failed, id abc…") to the server's log lines. A caller
 * (a load balancer, another service) may bring its own; it is reused only when it is a short
 * plain token, so a header cannot smuggle log lines, markup or megabytes into the logs.
 * Pure (no Node or Payload imports): src/proxy.ts runs it on every request.
 */
export const REQUEST_ID_HEADER = 'X-Request-Id'

const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/

/** The given id when it is 1–64 characters of [A-Za-z0-9._-], otherwise undefined. */
export const saneRequestId = (value: null | string | undefined): string | undefined =>
  typeof value === 'string' && SANE_REQUEST_ID.test(value) ? value : undefined

/** The caller's id when it is sane, otherwise a fresh random one. */
export const requestIdFor = (incoming: null | string | undefined, generate: () => string = () => crypto.randomUUID()): string =>
  saneRequestId(incoming) ?? generate()
