import type { ReminderKind } from '../domain/reminders'
import type { EmailMessage } from './registrationEmails'

import { renderEmailHtml } from './layout'

export type ReminderEmailFacts = {
  competitionTitle: string
  deadline: string
  kind: ReminderKind
  name?: null | string
  serverUrl: string
  stageName?: null | string
}

const wib = (iso: string, locale: string) =>
  `${new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' })} WIB`

/** The reminders sent a day before a deadline, in Indonesian then English: one place for their words. */
export const reminderEmail = (facts: ReminderEmailFacts): EmailMessage => {
  const hello = facts.name ? `Halo ${facts.name}, / Hi ${facts.name},` : 'Halo, / Hi,'
  const whenId = wib(facts.deadline, 'id-ID')
  const whenEn = wib(facts.deadline, 'en-GB')
  const stage = facts.stageName ?? ''
  switch (facts.kind) {
    case 'registration-closing':
      return {
        html: renderEmailHtml({
          action: { label: 'Buka pendaftaran saya / Open my registrations', url: `${facts.serverUrl}/dashboard` },
          heading: `Pendaftaran ${facts.competitionTitle} ditutup besok`,
          paragraphs: [
            hello,
            `Pendaftaran ${facts.competitionTitle} ditutup ${whenId}, dan pendaftaran tim Anda belum selesai diperiksa atau masih perlu diperbaiki. Periksa dan lengkapi sebelum ditutup.`,
            `Registration for ${facts.competitionTitle} closes ${whenEn}, and your team's registration is still pending or needs revision. Check and complete it before it closes.`,
          ],
        }),
        subject: `[${facts.competitionTitle}] Pendaftaran ditutup dalam 24 jam / Registration closes within 24 hours`,
      }
    case 'submission-closing':
      return {
        html: renderEmailHtml({
          action: { label: 'Kirim karya / Submit your work', url: `${facts.serverUrl}/dashboard` },
          heading: `Tahap "${stage}" ditutup besok`,
          paragraphs: [
            hello,
            `Pengiriman karya untuk tahap "${stage}" di ${facts.competitionTitle} ditutup ${whenId}, dan tim Anda belum mengirim.`,
            `Submissions to the stage "${stage}" of ${facts.competitionTitle} close ${whenEn}, and your team has not submitted yet.`,
          ],
        }),
        subject: `[${facts.competitionTitle}] "${stage}": pengiriman ditutup dalam 24 jam / submissions close within 24 hours`,
      }
    case 'judging-closing':
      return {
        html: renderEmailHtml({
          action: { label: 'Buka penilaian / Open judging', url: `${facts.serverUrl}/admin/judging` },
          heading: `Penilaian tahap "${stage}" ditutup besok`,
          paragraphs: [
            hello,
            `Penilaian tahap "${stage}" di ${facts.competitionTitle} ditutup ${whenId}, dan masih ada karya yang belum Anda nilai.`,
            `Judging of the stage "${stage}" of ${facts.competitionTitle} closes ${whenEn}, and some work is still waiting for your scores.`,
          ],
        }),
        subject: `[${facts.competitionTitle}] "${stage}": penilaian ditutup dalam 24 jam / judging closes within 24 hours`,
      }
  }
}
