import type { RegistrationStatus } from '../domain/registration'

/**
 * A registration status's name in both languages: one list for the admin panel's select,
 * the overview, the participant's dashboard and any export.
 */
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, { en: string; id: string }> = {
  'needs-revision': { en: 'Needs revision', id: 'Perlu perbaikan' },
  pending: { en: 'Pending review', id: 'Menunggu pemeriksaan' },
  rejected: { en: 'Rejected', id: 'Ditolak' },
  verified: { en: 'Verified', id: 'Terverifikasi' },
  waitlisted: { en: 'Waitlisted', id: 'Daftar tunggu' },
  withdrawn: { en: 'Withdrawn', id: 'Mengundurkan diri' },
}

/** Every status's name in one language (Indonesian unless English is asked for). */
export const registrationStatusLabels = (lang: string): Record<RegistrationStatus, string> => {
  const language = lang === 'en' ? 'en' : 'id'
  return Object.fromEntries(Object.entries(REGISTRATION_STATUS_LABELS).map(([status, label]) => [status, label[language]])) as Record<
    RegistrationStatus,
    string
  >
}
