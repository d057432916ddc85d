import crypto from 'node:crypto'

/**
 * Whether `password` is the one stored as `hash`/`salt`, checked exactly as Payload's login
 * does (node_modules/payload/dist/auth/strategies/local/authenticate.js, which Payload does not
 * export): PBKDF2-SHA256, 600 000 iterations for "pbkdf2-sha256-v1:" hashes, 25 000 and 512
 * bytes for older ones; compared in constant time.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

export const passwordMatches = async (password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> => {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string' || password === '') return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const [iterations, keyLength] = current ? [600_000, 32] : [25_000, 512]
  const actual = await new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}
