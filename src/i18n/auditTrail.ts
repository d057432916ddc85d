/**
 * The words of a document's history (the audit trail's timeline in the admin panel), in English
 * and Indonesian, and how a recorded value reads. The panel's language is the one the user picked
 * (`req.i18n.language`); anything else falls back to English, as the panel itself does.
 */
import type { RegistrationStatus } from '../domain/registration'

import { registrationStatusLabels } from './registrationStatus'

const en = {
  actions: {
    'fee-due-changed': 'Fee due changed',
    'member-joined': 'A member accepted their invitation',
    'placing-changed': 'Placing changed',
    'progress-changed': 'Stages changed',
    'registration-created': 'Registered',
    'registration-deleted': 'Registration deleted',
    'review-note-changed': 'Review note changed',
    'status-changed': 'Status changed',
    'team-advanced': 'Advanced to the next stage',
    'team-changed': 'Team details changed',
  } as Record<string, string>,
  allEvents: 'All events of this registration',
  empty: 'Nothing recorded yet.',
  fields: {
    email: 'Email',
    feeDue: 'Fee due',
    institution: 'Institution',
    member: 'Member',
    members: 'Members',
    paymentProof: 'Payment proof',
    placing: 'Placing',
    progress: 'Stages',
    reviewedBy: 'Reviewed by',
    reviewNote: 'Review note',
    status: 'Status',
    teamName: 'Team name',
    user: 'Account',
  } as Record<string, string>,
  file: (id: string) => `file ${id.slice(0, 8)}`,
  history: 'History',
  locale: 'en-GB',
  none: '—',
  notSaved: 'The history starts once the registration is saved.',
  roles: { admin: 'admin', committee: 'committee', judge: 'judge', participant: 'participant' } as Record<string, string>,
  server: 'ContestKit (automatically)',
  shown: (shown: number, total: number) => `The latest ${shown} of ${total} events.`,
  status: registrationStatusLabels('en'),
}

export type AuditTrailWords = typeof en

const id: AuditTrailWords = {
  actions: {
    'fee-due-changed': 'Biaya diubah',
    'member-joined': 'Anggota menerima undangan',
    'placing-changed': 'Peringkat diubah',
    'progress-changed': 'Tahap diubah',
    'registration-created': 'Mendaftar',
    'registration-deleted': 'Pendaftaran dihapus',
    'review-note-changed': 'Catatan pemeriksaan diubah',
    'status-changed': 'Status diubah',
    'team-advanced': 'Lolos ke tahap berikutnya',
    'team-changed': 'Data tim diubah',
  },
  allEvents: 'Semua catatan pendaftaran ini',
  empty: 'Belum ada catatan.',
  fields: {
    email: 'Email',
    feeDue: 'Biaya',
    institution: 'Institusi',
    member: 'Anggota',
    members: 'Anggota',
    paymentProof: 'Bukti pembayaran',
    placing: 'Peringkat',
    progress: 'Tahap',
    reviewedBy: 'Diperiksa oleh',
    reviewNote: 'Catatan pemeriksaan',
    status: 'Status',
    teamName: 'Nama tim',
    user: 'Akun',
  },
  file: (fileId: string) => `berkas ${fileId.slice(0, 8)}`,
  history: 'Riwayat',
  locale: 'id-ID',
  none: '—',
  notSaved: 'Riwayat dimulai setelah pendaftaran disimpan.',
  roles: { admin: 'admin', committee: 'panitia', judge: 'juri', participant: 'peserta' },
  server: 'ContestKit (otomatis)',
  shown: (shown: number, total: number) => `${shown} catatan terbaru dari ${total}.`,
  status: registrationStatusLabels('id'),
}

export const auditTrailWords = (language: string | undefined): AuditTrailWords => (language === 'id' ? id : en)

/** Fields whose value is an account id, shown by the account's name where it can be read. */
export const ACCOUNT_FIELDS = ['reviewedBy', 'user', 'leader'] as const

/**
 * How a recorded value reads in the timeline: statuses by name, fees in rupiah, members by name
 * and email, files and accounts by a short id (or the name given in `names`).
 */
export const describeAuditValue = (field: string, value: unknown, words: AuditTrailWords, names: ReadonlyMap<string, string>): string => {
  if (value === null || value === undefined || value === '') return words.none
  if (field === 'status' && typeof value === 'string') return words.status[value as RegistrationStatus] ?? value
  if (field === 'feeDue' && typeof value === 'number') return `Rp${value.toLocaleString('id-ID')}`
  if ((ACCOUNT_FIELDS as readonly string[]).includes(field) && typeof value === 'string') return names.get(value) ?? value.slice(0, 8)
  if (field === 'paymentProof' && typeof value === 'string') return words.file(value)
  if (field === 'members' && Array.isArray(value)) {
    const rows = value as { email?: string; name?: string; studentCard?: null | string; studentId?: string }[]
    const row = (member: (typeof rows)[number]) =>
      [`${member.name ?? '?'} <${member.email ?? '?'}>`, member.studentId, member.studentCard ? words.file(member.studentCard) : null]
        .filter(Boolean)
        .join(' · ')
    return rows.map(row).join('; ') || words.none
  }
  if (Array.isArray(value)) return value.map(String).join(', ') || words.none
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
