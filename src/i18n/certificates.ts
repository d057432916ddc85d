/** The words of the certificate pages (verification, the dashboard's list), in Indonesian and English. */
import { CERTIFICATE_KIND_LABELS, type CertificateKind, type Placing, PLACING_LABELS } from '../domain/certificates'
import { isLanguage, type Language } from './dictionary'

const words = {
  en: {
    certificates: 'My certificates',
    competition: 'Competition',
    download: 'Download PDF',
    holder: 'Awarded to',
    issued: 'Issued on',
    kind: 'Certificate',
    locale: 'en-GB',
    pageTitle: 'Certificate verification',
    placing: 'Placing',
    revoked: 'This certificate was revoked by the committee and is no longer valid.',
    revokedBadge: 'revoked',
    tooMany: 'Too many certificate checks from your network. Wait a few minutes, then scan or open the link again.',
    valid: 'This certificate is genuine: it was issued by ContestKit.',
    verify: 'Verification page',
  },
  id: {
    certificates: 'Sertifikat saya',
    competition: 'Kompetisi',
    download: 'Unduh PDF',
    holder: 'Diberikan kepada',
    issued: 'Diterbitkan pada',
    kind: 'Sertifikat',
    locale: 'id-ID',
    pageTitle: 'Verifikasi sertifikat',
    placing: 'Peringkat',
    revoked: 'Sertifikat ini telah dicabut oleh panitia dan tidak berlaku lagi.',
    revokedBadge: 'dicabut',
    tooMany: 'Terlalu banyak pemeriksaan sertifikat dari jaringan Anda. Tunggu beberapa menit, lalu pindai atau buka tautannya lagi.',
    valid: 'Sertifikat ini asli: diterbitkan oleh ContestKit.',
    verify: 'Halaman verifikasi',
  },
} satisfies Record<Language, Record<string, string>>

export const certificateWords = (lang: string) => {
  const language: Language = isLanguage(lang) ? lang : 'id'
  return {
    ...words[language],
    date: (value: string) => new Date(value).toLocaleDateString(words[language].locale, { dateStyle: 'long', timeZone: 'Asia/Jakarta' }),
    kindLabel: (kind: CertificateKind) => CERTIFICATE_KIND_LABELS[kind][language],
    placingLabel: (placing: Placing) => PLACING_LABELS[placing][language],
  }
}
