import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

import type { EmailMessage } from './registrationEmails'

import { renderEmailHtml } from './layout'

/**
 * An announcement's rich text as email HTML. Lexical's converter escapes text and sanitises link
 * addresses; uploads (images in the body) are left out, since a mail client cannot load them
 * from the private media routes, and internal links point at the site.
 */
export const announcementBodyHtml = (body: null | SerializedEditorState | undefined, serverUrl: string): string =>
  body
    ? convertLexicalToHTML({
        converters: { ...defaultHTMLConverters, ...LinkHTMLConverter({ internalDocToHref: () => serverUrl }), upload: () => '' },
        data: body,
        disableContainer: true,
      })
    : ''

export type AnnouncementEmailFacts = {
  body: null | SerializedEditorState | undefined
  competitionTitle: string
  name?: null | string
  serverUrl: string
  title: string
}

/** An announcement, as the committee wrote it, with where to read it again (the dashboard). */
export const announcementEmail = (facts: AnnouncementEmailFacts): EmailMessage => ({
  html: renderEmailHtml({
    action: { label: 'Buka dasbor / Open the dashboard', url: `${facts.serverUrl}/dashboard` },
    footer: `Pengumuman panitia ${facts.competitionTitle} / An announcement from the committee of ${facts.competitionTitle}.`,
    heading: facts.title,
    paragraphs: [facts.name ? `Halo ${facts.name},` : 'Halo,'],
    trustedHtml: announcementBodyHtml(facts.body, facts.serverUrl),
  }),
  subject: `[${facts.competitionTitle}] ${facts.title}`,
})
