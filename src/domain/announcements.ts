/**
 * Who an announcement is for, as plain functions: the audiences a committee chooses from and
 * whether a team (a registration) or a judge belongs to one. Read access, the dashboard and the
 * emails all ask these, so "who sees it" and "who is emailed" cannot drift apart.
 */
import { type DateInput, toTime } from './schedule'

export const ANNOUNCEMENT_AUDIENCES = ['registered', 'verified', 'advanced', 'judges', 'public'] as const
export type AnnouncementAudience = (typeof ANNOUNCEMENT_AUDIENCES)[number]

export const AUDIENCE_LABELS: Record<AnnouncementAudience, { en: string; id: string }> = {
  advanced: { en: 'Teams advanced into a stage', id: 'Tim yang lolos ke suatu tahap' },
  judges: { en: 'Judges of the competition', id: 'Juri kompetisi' },
  public: { en: 'Public (anyone; emailed to everyone registered)', id: 'Publik (siapa saja; dikirim ke semua pendaftar)' },
  registered: { en: 'Everyone registered', id: 'Semua pendaftar' },
  verified: { en: 'Verified teams', id: 'Tim terverifikasi' },
}

/** Teams that no longer take part: they leave every team audience. */
export const EXCLUDED_STATUSES = ['rejected', 'withdrawn'] as const

export type AudienceTeam = { progress?: { stage: string }[] | null; status: string }

/**
 * Whether a team's members are in the audience. A public announcement is emailed to everyone
 * registered: there is no list of "the public", and the registered teams are the people a public
 * notice (a changed date, a venue) matters to most; otherwise the committee would post it twice.
 */
export const teamInAudience = (audience: string, stage: null | string | undefined, team: AudienceTeam): boolean => {
  if (EXCLUDED_STATUSES.includes(team.status as (typeof EXCLUDED_STATUSES)[number])) return false
  switch (audience) {
    case 'registered':
    case 'public':
      return true
    case 'verified':
      return team.status === 'verified'
    case 'advanced':
      return team.status === 'verified' && Boolean(stage) && (team.progress ?? []).some((entry) => entry.stage === stage)
    default:
      return false
  }
}

/** Published once its time has come; a future publish time keeps it hidden and unsent until then. */
export const isPublished = (announcement: { publishAt?: DateInput }, now: Date): boolean => {
  const at = toTime(announcement.publishAt)
  return at !== undefined && at <= now.getTime()
}
