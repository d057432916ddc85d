/**
 * The words of the admin panel's home (the committee's overview), in English and Indonesian.
 * The panel's language is the one the user picked in Payload's account settings
 * (`req.i18n.language`); anything else falls back to English, as the panel itself does.
 */
import type { ExportLanguage } from '../domain/exports'

import { registrationStatusLabels } from './registrationStatus'

const en = {
  collections: 'Collections',
  csv: 'CSV',
  documentsAwaitingReview: (n: number) =>
    n === 1 ? '1 registration waits for its documents to be reviewed' : `${n} registrations wait for their documents to be reviewed`,
  downloads: 'Downloads',
  draft: 'Draft',
  excel: 'Excel',
  exportRegistrations: 'Registrations',
  exportScores: 'Scores and ranking',
  exportSubmissions: 'Submissions',
  fees: 'Fees',
  feesDue: 'Due (teams holding a place)',
  feesVerified: 'Verified',
  judging: 'Judging',
  judgeQueue: (n: number) => (n === 1 ? '1 submission waits for your score.' : `${n} submissions wait for your score.`),
  /** The exports' language (`?lang=`), the panel's own. */
  language: 'en' as ExportLanguage,
  locale: 'en-GB',
  noCompetitions: 'No competitions yet. Create one to see its registrations here.',
  noStages: 'No stages yet.',
  openJudging: 'Open Judging',
  overview: 'Overview',
  overviewIntro: 'Every competition at a glance, latest registration opening first.',
  perDay: 'Registrations per day, last 30 days (WIB)',
  perDayTotal: (n: number) => `${n} in 30 days`,
  places: (taken: number, quota: null | number) =>
    quota === null ? `${taken} teams hold a place (no quota)` : `${taken} of ${quota} places taken`,
  registrations: 'Registrations',
  review: 'Review them',
  reviewList: 'see them in the list',
  scores: (given: number, expected: number) => `${given} of ${expected} scores`,
  status: registrationStatusLabels('en'),
  submissions: 'Submissions',
  waitlist: (on: boolean, n: number) => (on ? `${n} on the waitlist` : 'No waitlist'),
}

export type OverviewWords = typeof en

const id: OverviewWords = {
  collections: 'Koleksi',
  csv: 'CSV',
  documentsAwaitingReview: (n: number) => `${n} pendaftaran menunggu pemeriksaan dokumen`,
  downloads: 'Unduh',
  draft: 'Draf',
  excel: 'Excel',
  exportRegistrations: 'Pendaftaran',
  exportScores: 'Nilai dan peringkat',
  exportSubmissions: 'Karya',
  fees: 'Biaya',
  feesDue: 'Tagihan (tim yang memegang kuota)',
  feesVerified: 'Terverifikasi',
  judging: 'Penjurian',
  judgeQueue: (n: number) => `${n} karya menunggu nilai Anda.`,
  language: 'id',
  locale: 'id-ID',
  noCompetitions: 'Belum ada kompetisi. Buat satu untuk melihat pendaftarannya di sini.',
  noStages: 'Belum ada tahap.',
  openJudging: 'Buka Penjurian',
  overview: 'Ringkasan',
  overviewIntro: 'Semua kompetisi sekilas, yang pendaftarannya dibuka paling akhir lebih dulu.',
  perDay: 'Pendaftaran per hari, 30 hari terakhir (WIB)',
  perDayTotal: (n: number) => `${n} dalam 30 hari`,
  places: (taken: number, quota: null | number) =>
    quota === null ? `${taken} tim memegang kuota (tanpa batas)` : `${taken} dari ${quota} kuota terisi`,
  registrations: 'Pendaftaran',
  review: 'Periksa',
  reviewList: 'lihat di daftar',
  scores: (given: number, expected: number) => `${given} dari ${expected} nilai`,
  status: registrationStatusLabels('id'),
  submissions: 'Karya masuk',
  waitlist: (on: boolean, n: number) => (on ? `${n} di daftar tunggu` : 'Tanpa daftar tunggu'),
}

export const overviewWords = (language: string | undefined): OverviewWords => (language === 'id' ? id : en)
