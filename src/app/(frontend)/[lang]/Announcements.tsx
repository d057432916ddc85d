import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Announcement } from '@/payload-types'

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
  announcements: Pick<Announcement, 'body' | 'competition' | 'id' | 'publishAt' | 'title'>[]
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
        const competition = typeof announcement.competition === 'object' ? announcement.competition : null
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
