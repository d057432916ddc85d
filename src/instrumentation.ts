/**
 * Next.js calls register() once when the server starts. Initialising Payload here, rather
 * than on the first request, means a production start applies pending migrations
 * (`prodMigrations`) and creates the first admin (ADMIN_EMAIL) before anyone connects, and a
 * misconfiguration (no PAYLOAD_SECRET, a bad DATABASE_URL) stops the start with its message.
 * The production server also stops gracefully on SIGTERM (src/lifecycle/serverShutdown.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  if (process.env.NODE_ENV === 'production') {
    const { installServerShutdown } = await import('./lifecycle/serverShutdown')
    installServerShutdown(payload)
  }
}
