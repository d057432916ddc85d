import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { idOf } from '../shared/idOf'

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
 * a registration or competition they may not read is a 404 (the collections' access rules decide).
 * The competition is read whole (team size, stages): populated inside the registration it would
 * carry only its name card (collections/Competitions.ts, `defaultPopulate`).
 */
export const memberRegistration = async (lang: string, id: string, page: 'edit' | 'submissions') => {
  const { payload, user } = await session()
  if (!user) redirect(`/${lang}/login?next=/${lang}/registrations/${id}/${page}`)
  const registration = await payload.findByID({
    collection: 'registrations',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: false,
    user,
  })
  const competitionId = registration ? idOf(registration.competition) : null
  const competition = competitionId
    ? await payload.findByID({ collection: 'competitions', depth: 0, disableErrors: true, id: competitionId, overrideAccess: false, user })
    : null
  if (!registration || !competition) notFound()
  return { competition, payload, registration, user }
}
