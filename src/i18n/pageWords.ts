/**
 * Words of the competition page's timeline and of the not-found and error pages, in Indonesian and
 * English. Kept apart from dictionary.ts, which every public form shares.
 */

const id = {
  competitionLogo: (title: string) => `Logo ${title}`,
  errorBody: 'Terjadi kesalahan di pihak kami. Coba lagi sebentar lagi; jika tetap gagal, hubungi panitia.',
  errorTitle: 'Ada yang tidak beres',
  goHome: 'Kembali ke daftar lomba',
  notFoundBody: 'Alamat ini tidak ada atau sudah tidak tersedia. Periksa ejaannya, atau mulai dari daftar lomba.',
  notFoundTitle: 'Halaman tidak ditemukan',
  now: 'Sekarang',
  phaseState: { current: 'sedang berlangsung', past: 'selesai', upcoming: 'akan datang' },
  tryAgain: 'Coba lagi',
}

export type PageWords = typeof id

const en: PageWords = {
  competitionLogo: (title) => `${title} logo`,
  errorBody: 'Something went wrong on our side. Try again in a moment; if it keeps failing, contact the committee.',
  errorTitle: 'Something went wrong',
  goHome: 'Back to the competitions',
  notFoundBody: 'This address does not exist or is no longer available. Check its spelling, or start from the list of competitions.',
  notFoundTitle: 'Page not found',
  now: 'Now',
  phaseState: { current: 'in progress', past: 'finished', upcoming: 'upcoming' },
  tryAgain: 'Try again',
}

export const pageWords = (lang: null | string | undefined): PageWords => (lang === 'en' ? en : id)
