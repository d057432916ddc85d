import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

/**
 * Payload and the logged-in user for a page. Pages read through the Local API *as this user*
 * (`overrideAccess: false`), so the collections' access rules decide what a page can show.
 */
export const session = async () => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user }
}
