/** Cache tag of everything public read from competitions; refreshed by hooks/competitions/refreshPublicPages.ts. */
export const COMPETITIONS_TAG = 'competitions'

/** Cache tag of public announcements; refreshed by hooks/announcements/refreshPublicAnnouncements.ts. */
export const ANNOUNCEMENTS_TAG = 'announcements'

/**
 * Cache tag of what the public sees of one competition's registrations (places held, results);
 * refreshed by hooks/registrations/refreshPublicRegistrations.ts.
 */
export const registrationsTag = (competitionId: number | string) => `competition-registrations:${competitionId}`

/**
 * How long a cached public page or datum may be shown before it is rendered again, whatever
 * changed. Writes through the app expire their tags at once; this bounds what depends on the
 * clock (the fee wave running now, days left, a registration window opening, a scheduled
 * announcement) and writes no hook sees. Route segment configs must be literals: the public
 * pages write 60 and point here.
 */
export const PUBLIC_REVALIDATE_SECONDS = 60
