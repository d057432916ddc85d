/**
 * Next.js calls register() once when the server starts. Initialising Payload here, rather
 * than on the first request, means a production start applies pending migrations
 * (`prodMigrations`) and creates the first admin (ADMIN_EMAIL) before anyone connects, and a
 * misconfiguration (no PAYLOAD_SECRET, a bad DATABASE_URL) stops the start with its message.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config })
}
