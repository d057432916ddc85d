import { convert } from 'html-to-text'

/**
 * A plain-text rendering of our own email HTML, so every email carries a text part
 * (mail clients that block HTML, spam filters that score HTML-only mail). Links keep their
 * address: "Verify email (https://…)". The `html-to-text` library does the parsing (entities,
 * nesting, lists) that a hand-written set of regular expressions gets wrong at the edges.
 */
const options = {
  selectors: [
    { format: 'skip', selector: 'title' },
    { options: { uppercase: false }, selector: 'h1' },
    { options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['(', ')'] as [string, string] }, selector: 'a' },
  ],
  wordwrap: false as const,
}

export const htmlToText = (html: string): string => convert(html, options).trim()
