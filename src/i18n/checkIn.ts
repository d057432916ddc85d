/**
 * The words of on-site check-in, in English and Indonesian: the committee's desk in the admin
 * panel (`/admin/check-in`, the panel's language) and the ticket on a participant's dashboard
 * (the public site's language). Anything but `id` reads English.
 */
const en = {
  admin: {
    allStages: 'On-site stages',
    camera: 'Scan with the camera',
    cameraStop: 'Stop the camera',
    cameraUnavailable: 'No camera is available here (it needs HTTPS and your permission); type the code instead.',
    checkedIn: 'Checked in',
    checkedInAt: 'Checked in at',
    checkedInBy: 'by',
    checkIn: 'Check in',
    code: 'Ticket code',
    codePlaceholder: 'e.g. 7K2QD-M9XAB-…',
    competition: 'Competition',
    heading: 'Check-in',
    inCount: (inside: number, total: number) => `${inside} of ${total} checked in`,
    missing: 'Not yet here',
    name: 'Name',
    navLink: 'Check-in',
    noOnSiteStages: 'No stage is marked on site yet. Tick "On site" on a stage of a competition to hand out tickets.',
    nobody: 'Nobody.',
    onlyCommittee: 'Only the committee checks people in.',
    perTeam: 'Members in, per team',
    scanning: 'Point the camera at the ticket’s QR code…',
    stage: 'Stage',
    status: 'Status',
    statusAlready: 'Already checked in',
    statusNew: 'Checked in',
    team: 'Team',
    working: 'Checking…',
    viewStage: 'Who is in',
  },
  dashboard: {
    codeLabel: 'Code',
    heading: 'Check-in tickets',
    hint: 'Show this QR code (or tell the code) at the check-in desk. It is personal: it checks in you alone.',
    checkedInAt: (time: string) => `Checked in at ${time}.`,
  },
}

export type CheckInWords = typeof en

const id: CheckInWords = {
  admin: {
    allStages: 'Babak luring',
    camera: 'Pindai dengan kamera',
    cameraStop: 'Matikan kamera',
    cameraUnavailable: 'Kamera tidak tersedia di sini (perlu HTTPS dan izin Anda); ketik kodenya saja.',
    checkedIn: 'Sudah hadir',
    checkedInAt: 'Hadir pukul',
    checkedInBy: 'oleh',
    checkIn: 'Catat kehadiran',
    code: 'Kode tiket',
    codePlaceholder: 'mis. 7K2QD-M9XAB-…',
    competition: 'Kompetisi',
    heading: 'Registrasi ulang (check-in)',
    inCount: (inside: number, total: number) => `${inside} dari ${total} sudah hadir`,
    missing: 'Belum hadir',
    name: 'Nama',
    navLink: 'Check-in',
    noOnSiteStages: 'Belum ada babak luring. Centang "On site" pada babak sebuah kompetisi untuk membagikan tiket.',
    nobody: 'Tidak ada.',
    onlyCommittee: 'Hanya panitia yang mencatat kehadiran.',
    perTeam: 'Anggota yang hadir, per tim',
    scanning: 'Arahkan kamera ke kode QR tiket…',
    stage: 'Babak',
    status: 'Status',
    statusAlready: 'Sudah tercatat hadir',
    statusNew: 'Tercatat hadir',
    team: 'Tim',
    working: 'Memeriksa…',
    viewStage: 'Siapa yang hadir',
  },
  dashboard: {
    codeLabel: 'Kode',
    heading: 'Tiket check-in',
    hint: 'Tunjukkan kode QR ini (atau sebutkan kodenya) di meja registrasi ulang. Tiket ini pribadi: hanya untuk Anda.',
    checkedInAt: (time: string) => `Tercatat hadir pukul ${time}.`,
  },
}

export const checkInWords = (language: string | undefined): CheckInWords => (language === 'id' ? id : en)
