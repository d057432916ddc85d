import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Announcement, Competition } from '@/payload-types'

import { formatDateTime } from './format'

/**
 * Announcements as a list, newest first, their rich text rendered on the server. Which ones a
 * page passes is decided by the collection's read access (the page reads as its visitor).
 */
export function AnnouncementList({
  announcements,
  empty,
  heading,
  lang,
  showCompetition = false,
}: {
  /** `competition` as an id, or read with at least its title. */
  announcements: (Pick<Announcement, 'body' | 'id' | 'publishAt' | 'title'> & {
    competition?: null | Pick<Competition, 'title'> | string
  })[]
  empty: string
  heading: string
  lang: string
  showCompetition?: boolean
}) {
  return (
    <section aria-label={heading} className="panel" data-announcements>
      <h2>{heading}</h2>
      {announcements.length === 0 ? <p className="muted">{empty}</p> : null}
      {announcements.map((announcement) => {
        const competition = announcement.competition && typeof announcement.competition === 'object' ? announcement.competition : null
        return (
          <article data-announcement={announcement.id} key={announcement.id}>
            <h3>{announcement.title}</h3>
            <p className="muted">
              {formatDateTime(announcement.publishAt, lang)}
              {showCompetition && competition ? ` · ${competition.title}` : ''}
            </p>
            <RichText data={announcement.body} />
          </article>
        )
      })}
    </section>
  )
}
