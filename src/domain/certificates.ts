/**
 * Certificates: who receives which one, their verification codes and how a line of text is
 * fitted onto the page. Plain functions, no Payload; the facts come from src/certificates/.
 */
import type { PLACINGS } from './judging'

export const CERTIFICATE_KINDS = ['participation', 'finalist', 'winner', 'judge'] as const
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]

export type Placing = (typeof PLACINGS)[number]['value']

/** What a certificate says it is for, in the site's two languages. */
export const CERTIFICATE_KIND_LABELS: Record<CertificateKind, { en: string; id: string }> = {
  finalist: { en: 'Certificate of Finalist', id: 'Sertifikat Finalis' },
  judge: { en: 'Certificate of Appreciation', id: 'Sertifikat Penghargaan Juri' },
  participation: { en: 'Certificate of Participation', id: 'Sertifikat Partisipasi' },
  winner: { en: 'Certificate of Achievement', id: 'Sertifikat Juara' },
}

export const PLACING_LABELS: Record<Placing, { en: string; id: string }> = {
  first: { en: '1st place', id: 'Juara 1' },
  'honourable-mention': { en: 'Honourable mention', id: 'Juara harapan' },
  second: { en: '2nd place', id: 'Juara 2' },
  third: { en: '3rd place', id: 'Juara 3' },
}

export type EligibilityFacts = {
  /** The kinds the committee chose to issue. */
  kinds: readonly CertificateKind[]
  /** The competition's stages in order; finalists are the teams advanced into the last one. */
  stageKeys: readonly string[]
  /** The competition's judges (account ids). */
  judges: readonly string[]
  registrations: readonly {
    /** Accounts bound to the team: its leader and every member who accepted their invitation. */
    accounts: readonly string[]
    hasSubmitted: boolean
    id: string
    placing?: null | Placing
    /** Keys of the stages the team advanced into. */
    progress: readonly string[]
    status: string
    teamName: string
  }[]
}

export type Entitlement = {
  /** The account the certificate is for (a proven team membership or judge assignment, never an email). */
  holder: string
  kind: CertificateKind
  placing?: Placing
  registration?: string
  teamName?: string
}

/**
 * Who receives a certificate, one row per person and kind (a winner also holds their
 * participation and finalist certificates). Only verified teams count:
 * - participation: every bound member of a team that submitted work at least once;
 * - finalist: every bound member of a team advanced into the last stage (a competition with a
 *   single stage has no finalists);
 * - winner: every bound member of a team with a placing;
 * - judge: every judge of the competition.
 */
export const certificateEntitlements = (facts: EligibilityFacts): Entitlement[] => {
  const wanted = new Set(facts.kinds)
  const lastStage = facts.stageKeys.length > 1 ? facts.stageKeys[facts.stageKeys.length - 1] : undefined
  const rows: Entitlement[] = []
  for (const team of facts.registrations) {
    if (team.status !== 'verified') continue
    const kinds: { kind: CertificateKind; placing?: Placing }[] = []
    if (wanted.has('participation') && team.hasSubmitted) kinds.push({ kind: 'participation' })
    if (wanted.has('finalist') && lastStage && team.progress.includes(lastStage)) kinds.push({ kind: 'finalist' })
    if (wanted.has('winner') && team.placing) kinds.push({ kind: 'winner', placing: team.placing })
    for (const holder of new Set(team.accounts)) {
      for (const { kind, placing } of kinds) rows.push({ holder, kind, placing, registration: team.id, teamName: team.teamName })
    }
  }
  if (wanted.has('judge')) for (const holder of new Set(facts.judges)) rows.push({ holder, kind: 'judge' })
  return rows
}

/**
 * One certificate per competition, kind and person (and team: someone could in principle be on
 * two teams of one competition). Stored with a unique index, so issuing twice never duplicates.
 */
export const certificateKey = (competition: string, entitlement: Pick<Entitlement, 'holder' | 'kind' | 'registration'>): string =>
  [competition, entitlement.kind, entitlement.holder, entitlement.registration ?? '-'].join(':')

/**
 * Verification codes: 20 symbols of a 32-letter alphabet without 0/O and 1/I (read aloud or typed
 * from paper without doubt), 100 bits from a cryptographic source, grouped by four for reading:
 * `7Q4M-XP2R-9KDA-…`. 32 divides 256, so every symbol is equally likely.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const CODE_SYMBOLS = 20
export const CODE_BITS = CODE_SYMBOLS * Math.log2(CODE_ALPHABET.length)

export const certificateCodeFrom = (randomBytes: Uint8Array): string => {
  if (randomBytes.length < CODE_SYMBOLS) throw new Error(`A code needs ${CODE_SYMBOLS} random bytes.`)
  const symbols = Array.from(randomBytes.subarray(0, CODE_SYMBOLS), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length])
  return symbols.join('').replace(/(.{4})(?=.)/g, '$1-')
}

/** A code as typed or scanned → its stored form; null when it cannot be one (refused before any lookup). */
export const normaliseCertificateCode = (input: string): null | string => {
  const bare = input.toUpperCase().replace(/[\s-]/g, '')
  if (bare.length !== CODE_SYMBOLS || [...bare].some((symbol) => !CODE_ALPHABET.includes(symbol))) return null
  return bare.replace(/(.{4})(?=.)/g, '$1-')
}

/**
 * The font size at which a line fits `maxWidth`: `preferred` when it fits, otherwise shrunk in
 * proportion. Never larger than what fits, so a long name or team name never overflows the page.
 */
export const fitFontSize = (widthAtSizeOne: number, maxWidth: number, preferred: number): number =>
  widthAtSizeOne <= 0 ? preferred : Math.min(preferred, maxWidth / widthAtSizeOne)

/** The verification page's address printed (as a QR code) on a certificate. */
export const verificationUrl = (serverUrl: string, lang: string, code: string): string =>
  `${serverUrl.replace(/\/+$/, '')}/${lang}/certificates/${code}`
