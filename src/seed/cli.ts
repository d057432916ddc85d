// `npm run seed`: fills a development database with demo data (never in production).
// Everything is imported after the keep-alive timer: see scripts/payload.mjs.
import '../../scripts/keepAlive'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { seed } = await import('./index')

const payload = await getPayload({ config })
try {
  await seed(payload)
} finally {
  await payload.destroy()
}
process.exit(0)
