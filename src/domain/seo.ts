/**
 * What search engines read about the public site: absolute addresses, hreflang alternates and a
 * competition's schema.org `Event`. Pure: pages and app/sitemap.ts pass in what they loaded.
 */
import { currentFee, type FeeWave } from './registration'
import { type DateInput, toTime } from './schedule'

export const SITE_LANGUAGES = ['id', 'en'] as const
export type SiteLanguage = (typeof SITE_LANGUAGES)[number]

/** An address on the site (or a file URL Payload already made absolute) as an absolute URL on `baseUrl`. */
export const absoluteUrl = (baseUrl: string, pathOrUrl: string): string => new URL(pathOrUrl, `${baseUrl.replace(/\/+$/, '')}/`).toString()

/**
 * Canonical address of a page in `lang` and its alternates in every language, for Next's
 * `alternates` metadata. `path` is the part after the language, '' for the home page.
 * x-default points at Indonesian, the site's default language.
 */
export const pageAlternates = (baseUrl: string, lang: SiteLanguage, path: string) => {
  const at = (language: SiteLanguage) => absoluteUrl(baseUrl, `/${language}${path}`)
  return {
    canonical: at(lang),
    languages: { en: at('en'), id: at('id'), 'x-default': at('id') } as Record<string, string>,
  }
}

export type RegistrationAvailability = 'closed' | 'full' | 'open' | 'upcoming' | 'waitlist'

export type EventInput = {
  competition: {
    fee: number
    feeSchedule?: FeeWave[] | null
    registrationClosesAt: DateInput
    registrationOpensAt: DateInput
    stages?: { closesAt?: DateInput; opensAt?: DateInput }[] | null
    summary?: null | string
    title: string
  }
  /** Absolute address of the competition page in the page's language. */
  pageUrl: string
  /** Absolute address of the poster, when there is one. */
  posterUrl?: null | string
  /** Whether registering now would succeed, as the page computes it (src/frontend/availability.ts). */
  registration: RegistrationAvailability
  now: Date
  lang: SiteLanguage
}

const iso = (value: DateInput): string | undefined => {
  const time = toTime(value)
  return time === undefined ? undefined : new Date(time).toISOString()
}

// schema.org ItemAvailability for a place in the competition: full means no place now, the
// waitlist still takes teams (a limited offer), not open yet is a pre-order, after closing none is sold.
const AVAILABILITY: Record<RegistrationAvailability, string> = {
  closed: 'https://schema.org/SoldOut',
  full: 'https://schema.org/SoldOut',
  open: 'https://schema.org/InStock',
  upcoming: 'https://schema.org/PreOrder',
  waitlist: 'https://schema.org/LimitedAvailability',
}

/**
 * A competition as a schema.org `Event` (JSON-LD).
 *
 * Dates: the event is the competition itself, which happens in its stages, so it starts when the
 * first stage opens and ends when the last one closes. Registration is not the event but the
 * offer's window (validFrom); a competition without stages falls back to its registration window,
 * the only dates it has.
 *
 * Location: competitions have no venue field, so every one is online, located at its page.
 * Offer price: what the server charges at `now` (currentFee, the same rule registrations use), in rupiah.
 */
export const competitionEvent = ({ competition, lang, now, pageUrl, posterUrl, registration }: EventInput) => {
  const stageTimes = (competition.stages ?? []).flatMap((stage) => [toTime(stage.opensAt), toTime(stage.closesAt)])
  const known = stageTimes.filter((time): time is number => time !== undefined)
  const startDate = known.length > 0 ? new Date(Math.min(...known)).toISOString() : iso(competition.registrationOpensAt)
  const endDate = known.length > 0 ? new Date(Math.max(...known)).toISOString() : iso(competition.registrationClosesAt)
  const { fee } = currentFee(competition.fee, competition.feeSchedule, now)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: competition.title,
    ...(competition.summary ? { description: competition.summary } : {}),
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    inLanguage: lang,
    location: { '@type': 'VirtualLocation', url: pageUrl },
    ...(posterUrl ? { image: [posterUrl] } : {}),
    offers: {
      '@type': 'Offer',
      availability: AVAILABILITY[registration],
      price: fee,
      priceCurrency: 'IDR',
      url: pageUrl,
      ...(iso(competition.registrationOpensAt) ? { validFrom: iso(competition.registrationOpensAt) } : {}),
    },
    url: pageUrl,
  }
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` escaped as \u003c so no value
 * (a title like "</script><script>…") can close the element; also U+2028/2029 for old parsers.
 * JSON.parse reads the escapes back as the same characters.
 */
export const jsonLdText = (data: unknown): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

export type SitemapCompetition = { hasPublishedResults: boolean; slug: string; updatedAt: DateInput }
export type SitemapEntry = { alternates: { languages: Record<string, string> }; lastModified?: string; url: string }

/**
 * Every public page worth indexing, in both languages with each other as alternates: the home
 * pages, and for each competition given (the caller passes published ones only) its page and,
 * once a stage's results are published, its results page.
 */
export const sitemapEntries = (baseUrl: string, competitions: SitemapCompetition[]): SitemapEntry[] => {
  const newest = competitions.map((c) => toTime(c.updatedAt)).filter((time): time is number => time !== undefined)
  const inBoth = (path: string, lastModified: DateInput): SitemapEntry[] => {
    const { languages } = pageAlternates(baseUrl, 'id', path)
    const modified = iso(lastModified)
    return SITE_LANGUAGES.map((lang) => ({
      alternates: { languages: { en: languages.en, id: languages.id } },
      ...(modified ? { lastModified: modified } : {}),
      url: languages[lang],
    }))
  }
  return [
    // The home page lists competitions: it changed when the newest of them did.
    ...inBoth('', newest.length > 0 ? new Date(Math.max(...newest)) : undefined),
    ...competitions.flatMap((competition) => [
      ...inBoth(`/competitions/${competition.slug}`, competition.updatedAt),
      ...(competition.hasPublishedResults ? inBoth(`/competitions/${competition.slug}/results`, competition.updatedAt) : []),
    ]),
  ]
}

/** robots.txt: crawl the public site, not the admin panel nor the API; the sitemap lists the pages. */
export const robotsRules = (baseUrl: string) => ({
  rules: [{ allow: '/', disallow: ['/admin', '/api'], userAgent: '*' }],
  sitemap: absoluteUrl(baseUrl, '/sitemap.xml'),
})
