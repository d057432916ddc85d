/**
 * How every announcement list on the site is read: newest first, twenty at most, the fields a list
 * shows, with the reader's access (`overrideAccess: false`). Callers add the reader and a `where`.
 */
export const ANNOUNCEMENT_LIST = {
  collection: 'announcements',
  depth: 0,
  limit: 20,
  overrideAccess: false,
  select: { body: true, competition: true, publishAt: true, title: true },
  sort: '-publishAt',
} as const
