/** What search results and link previews say about the public site's pages, in Indonesian and English. */
import type { Language } from './dictionary'

const words = {
  en: {
    competitionFallback: (title: string) => `${title}: register your team on ContestKit.`,
    homeDescription:
      'Student competitions open for registration: hackathons, CTFs and UI/UX contests. Register your team and follow the results.',
    homeTitle: 'Student competitions',
    locale: 'en_US',
    results: (title: string) => `Results: ${title}`,
    resultsDescription: (title: string) => `Who advanced and who won in ${title}.`,
    siteDescription: 'Register your team, submit your work and follow the results of student competitions.',
  },
  id: {
    competitionFallback: (title: string) => `${title}: daftarkan tim Anda di ContestKit.`,
    homeDescription: 'Kompetisi mahasiswa yang membuka pendaftaran: hackathon, CTF, dan lomba UI/UX. Daftarkan tim dan ikuti hasilnya.',
    homeTitle: 'Kompetisi mahasiswa',
    locale: 'id_ID',
    results: (title: string) => `Hasil: ${title}`,
    resultsDescription: (title: string) => `Tim yang lolos dan pemenang ${title}.`,
    siteDescription: 'Daftarkan tim, kirim karya, dan ikuti hasil kompetisi mahasiswa.',
  },
} satisfies Record<Language, unknown>

export const seoWords = (lang: string) => (lang === 'en' ? words.en : words.id)
