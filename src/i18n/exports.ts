/**
 * The words of the committee's exports (column headings, sheet names, labels), in English and
 * Indonesian; `?lang=id|en` picks one, English by default. Status names come from the one
 * bilingual list in registrationStatus.ts.
 */
import type { ExportLanguage } from '../domain/exports'

import { PLACINGS } from '../domain/judging'
import { registrationStatusLabels } from './registrationStatus'

type Placing = (typeof PLACINGS)[number]['value']

const en = {
  advancedInto: 'Advanced into',
  code: 'Code',
  comment: 'Comment',
  criterion: (name: string, maxScore: number, weight: number) => `${name} (0–${maxScore}, weight ${weight})`,
  feeDue: 'Fee due (Rp)',
  file: 'File',
  fileName: 'File name',
  institution: 'Institution',
  isLeader: 'Leader',
  judge: 'Judge',
  judgeEmail: 'Judge email',
  judges: 'Judges',
  kind: 'Kind',
  kinds: { file: 'File', link: 'Link', text: 'Text' } as Record<'file' | 'link' | 'text', string>,
  late: 'Late',
  leaderEmail: 'Leader email',
  leaderName: 'Leader name',
  link: 'Link',
  meanTotal: 'Mean total (0–100)',
  member: (n: number, part: 'email' | 'name' | 'studentId') =>
    part === 'name' ? `Member ${n} name` : part === 'email' ? `Member ${n} email` : `Member ${n} student ID`,
  memberCount: 'Members',
  memberEmail: 'Member email',
  memberName: 'Member name',
  memberNumber: 'Member no.',
  normalisedScore: 'Normalised score',
  no: 'No',
  notes: 'Notes',
  otherCriteria: 'Other criteria',
  otherMembers: 'Other members',
  placing: 'Placing',
  placings: Object.fromEntries(PLACINGS.map(({ label, value }) => [value, label])) as Record<Placing, string>,
  rank: 'Rank',
  registeredAt: 'Registered at (WIB)',
  reviewedAt: 'Reviewed at (WIB)',
  reviewedBy: 'Reviewed by',
  reviewNote: 'Review note',
  scoredAt: 'Scored at (WIB)',
  sheets: { ranking: 'Ranking', registrations: 'Registrations', scores: 'Scores', submissions: 'Submissions' },
  stage: 'Stage',
  status: 'Status',
  statuses: registrationStatusLabels('en'),
  studentId: 'Student ID',
  submittedAt: 'Submitted at (WIB)',
  teamName: 'Team',
  text: 'Text',
  total: 'Total (0–100)',
  yes: 'Yes',
}

export type ExportWords = typeof en

const id: ExportWords = {
  advancedInto: 'Lolos ke tahap',
  code: 'Kode',
  comment: 'Komentar',
  criterion: (name: string, maxScore: number, weight: number) => `${name} (0–${maxScore}, bobot ${weight})`,
  feeDue: 'Biaya (Rp)',
  file: 'Berkas',
  fileName: 'Nama berkas',
  institution: 'Institusi',
  isLeader: 'Ketua',
  judge: 'Juri',
  judgeEmail: 'Email juri',
  judges: 'Jumlah juri',
  kind: 'Jenis',
  kinds: { file: 'Berkas', link: 'Tautan', text: 'Teks' },
  late: 'Terlambat',
  leaderEmail: 'Email ketua',
  leaderName: 'Nama ketua',
  link: 'Tautan',
  meanTotal: 'Rata-rata nilai (0–100)',
  member: (n: number, part: 'email' | 'name' | 'studentId') =>
    part === 'name' ? `Nama anggota ${n}` : part === 'email' ? `Email anggota ${n}` : `NIM anggota ${n}`,
  memberCount: 'Jumlah anggota',
  memberEmail: 'Email anggota',
  memberName: 'Nama anggota',
  memberNumber: 'Anggota ke-',
  normalisedScore: 'Nilai ternormalisasi',
  no: 'Tidak',
  notes: 'Catatan',
  otherCriteria: 'Kriteria lain',
  otherMembers: 'Anggota lain',
  placing: 'Juara',
  placings: { first: 'Juara 1', 'honourable-mention': 'Juara harapan', second: 'Juara 2', third: 'Juara 3' },
  rank: 'Peringkat',
  registeredAt: 'Waktu daftar (WIB)',
  reviewedAt: 'Waktu diperiksa (WIB)',
  reviewedBy: 'Diperiksa oleh',
  reviewNote: 'Catatan pemeriksaan',
  scoredAt: 'Waktu dinilai (WIB)',
  sheets: { ranking: 'Peringkat', registrations: 'Pendaftaran', scores: 'Nilai', submissions: 'Karya' },
  stage: 'Tahap',
  status: 'Status',
  statuses: registrationStatusLabels('id'),
  studentId: 'NIM',
  submittedAt: 'Waktu kirim (WIB)',
  teamName: 'Tim',
  text: 'Teks',
  total: 'Total (0–100)',
  yes: 'Ya',
}

export const exportWords = (language: ExportLanguage): ExportWords => (language === 'id' ? id : en)
