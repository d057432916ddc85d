import type { Payload } from 'payload'

import type { ContestKitEnv } from './config/env'

import { seed } from './seed'

/**
 * Runs once when Payload starts.
 * - Production without TRUST_PROXY is warned that per-address rate limits are off.
 * - A fresh deployment gets its first admin from ADMIN_EMAIL / ADMIN_PASSWORD.
 * - `npm run dev` on an empty database seeds the demo data, so a newcomer has something to click.
 */
export const bootstrap = async (payload: Payload, env: ContestKitEnv): Promise<void> => {
  if (env.isProduction && env.rateLimits.enabled && !env.rateLimits.trustProxy) {
    payload.logger.warn(
      'TRUST_PROXY is not set, so rate limits count per email only: set TRUST_PROXY=true behind a proxy that sets X-Forwarded-For to limit per client address too.',
    )
  }
  const { totalDocs: existingUsers } = await payload.count({ collection: 'users' })
  if (existingUsers > 0) return

  if (process.env.NODE_ENV === 'development' && process.env.SEED_ON_START !== 'false') {
    await seed(payload)
  }

  if (env.adminEmail && env.adminPassword) {
    const { totalDocs: admins } = await payload.count({ collection: 'users', where: { email: { equals: env.adminEmail } } })
    if (admins === 0) {
      await payload.create({
        collection: 'users',
        data: { _verified: true, email: env.adminEmail, name: 'Administrator', password: env.adminPassword, role: 'admin' },
        disableVerificationEmail: true,
      })
      payload.logger.info(`Created the first admin account for ${env.adminEmail}.`)
    }
  }
}
