import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
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

/**
 * A registration as the logged-in member reads it, with its competition, for the pages under
 * /registrations/<id>/: a visitor who is not logged in is sent to log in and back to `page`;
 * a registration they may not read is a 404 (the collection's access rules decide).
 */
export const memberRegistration = async (lang: string, id: string, page: 'edit' | 'submissions') => {
  const { payload, user } = await session()
  if (!user) redirect(`/${lang}/login?next=/${lang}/registrations/${id}/${page}`)
  const registration = await payload.findByID({
    collection: 'registrations',
    depth: 1,
    disableErrors: true,
    id,
    overrideAccess: false,
    user,
  })
  if (!registration || typeof registration.competition !== 'object' || registration.competition === null) notFound()
  return { competition: registration.competition, payload, registration, user }
}
