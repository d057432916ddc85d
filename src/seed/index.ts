import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { Competition, User } from '../payload-types'

import { seedLivingDemo } from './livingDemo'
import { drawPoster } from './posters'

type DemoUser = Pick<User, 'email' | 'institution' | 'name' | 'role'>

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@contestkit.local', institution: 'ContestKit', name: 'Ayu Admin', role: 'admin' },
  { email: 'committee@contestkit.local', institution: 'Universitas Gadjah Mada', name: 'Budi Panitia', role: 'committee' },
  { email: 'judge@contestkit.local', institution: 'Institut Teknologi Bandung', name: 'Citra Juri', role: 'judge' },
  { email: 'participant1@contestkit.local', institution: 'Universitas Indonesia', name: 'Dewi Peserta', role: 'participant' },
  { email: 'participant2@contestkit.local', institution: 'Institut Teknologi Sepuluh Nopember', name: 'Eko Peserta', role: 'participant' },
  { email: 'participant3@contestkit.local', institution: 'Universitas Brawijaya', name: 'Fajar Peserta', role: 'participant' },
]

const DAY = 24 * 60 * 60 * 1000
const at = (now: number, days: number): string => new Date(now + days * DAY).toISOString()

type DemoCompetition = Omit<Competition, 'createdAt' | 'id' | 'judges' | 'poster' | 'updatedAt'> & {
  colors: [string, string, string]
  /** Filled with teams, decisions, work and scores (src/seed/livingDemo.ts). */
  livingDemo?: boolean
}

const demoCompetitions = (now: number): DemoCompetition[] => [
  {
    _status: 'published',
    category: 'hackathon',
    colors: ['#1d4ed8', '#0f172a', '#f59e0b'],
    contacts: [{ email: 'hackathon@contestkit.local', name: 'Gita (Hackathon committee)', phone: '+62 812 0000 0001' }],
    fee: 150000,
    feeSchedule: [{ fee: 100000, label: 'Early bird', until: at(now, 3) }],
    prizes: [
      { reward: 'Rp15.000.000 and an internship', title: '1st place' },
      { reward: 'Rp10.000.000', title: '2nd place' },
      { reward: 'Rp5.000.000', title: '3rd place' },
    ],
    // Small, so that the demo teams fill it and two wait for a place.
    quota: 12,
    waitlist: true,
    registrationClosesAt: at(now, 14),
    registrationOpensAt: at(now, -30),
    slug: 'hackathon-2026',
    stages: [
      {
        acceptedFileTypes: ['pdf', 'mp4'],
        // Open now, so that the demo teams have submitted and the judge has work to score.
        closesAt: at(now, 10),
        description: 'Submit a proposal and a demo video.',
        graceMinutes: 30,
        key: 'preliminary',
        maxFileSizeMB: 50,
        name: 'Preliminary',
        opensAt: at(now, -3),
        rubric: [
          { criterion: 'Problem and impact', maxScore: 10, weight: 3 },
          { criterion: 'Technical execution', maxScore: 10, weight: 4 },
          { criterion: 'Presentation', maxScore: 10, weight: 2 },
        ],
        submissionKinds: ['file', 'link'],
      },
      {
        closesAt: at(now, 45),
        description: 'Twelve hours on site.',
        eligibility: 'advanced',
        key: 'final',
        name: 'Final',
        opensAt: at(now, 44),
        rubric: [
          { criterion: 'Working product', maxScore: 10, weight: 5 },
          { criterion: 'Pitch', maxScore: 10, weight: 2 },
        ],
        submissionKinds: ['link', 'text'],
      },
    ],
    summary: 'Build a working product for a real problem in 48 hours. Teams of two to four students.',
    livingDemo: true,
    teamSize: { max: 4, min: 2 },
    title: 'Hackathon 2026',
  },
  {
    _status: 'published',
    category: 'ctf',
    colors: ['#064e3b', '#022c22', '#22c55e'],
    contacts: [{ email: 'ctf@contestkit.local', name: 'Hadi (CTF committee)' }],
    fee: 0,
    quota: 100,
    registrationClosesAt: at(now, 45),
    registrationOpensAt: at(now, 30),
    slug: 'capture-the-flag-2026',
    stages: [
      { closesAt: at(now, 50), key: 'qualification', name: 'Online qualification', opensAt: at(now, 49) },
      { closesAt: at(now, 70), key: 'final', name: 'Attack-defence final', opensAt: at(now, 69) },
    ],
    summary: 'Jeopardy-style qualification online, attack-defence final on site. Free to enter.',
    teamSize: { max: 3, min: 1 },
    title: 'Capture the Flag 2026',
  },
  {
    _status: 'published',
    category: 'ui-ux',
    colors: ['#7c2d12', '#431407', '#fb7185'],
    contacts: [{ email: 'uiux@contestkit.local', name: 'Indah (UI/UX committee)', phone: '+62 812 0000 0003' }],
    fee: 75000,
    quota: 60,
    registrationClosesAt: at(now, -30),
    registrationOpensAt: at(now, -60),
    slug: 'ui-ux-design-2026',
    stages: [
      { closesAt: at(now, -20), key: 'preliminary', name: 'Design brief', opensAt: at(now, -29) },
      { closesAt: at(now, -10), key: 'final', name: 'Final pitch', opensAt: at(now, -12) },
    ],
    summary: 'Redesign a public service app for everyday users. Registration has closed.',
    teamSize: { max: 3, min: 1 },
    title: 'UI/UX Design 2026',
  },
]

const log = (payload: Payload, message: string) => payload.logger.info(`[seed] ${message}`)

const findUserByEmail = async (payload: Payload, email: string) =>
  (await payload.find({ collection: 'users', limit: 1, where: { email: { equals: email } } })).docs[0]

/**
 * Demo data for development: six users (one per role, three participants) and three
 * competitions (open now, opening next month, closed); the open one is a living event
 * (src/seed/livingDemo.ts: sixteen teams in every status, submissions, scores). Idempotent:
 * records are matched by email, slug and team name, so a second run adds nothing. Passwords
 * are random and printed once.
 */
export const seed = async (payload: Payload): Promise<void> => {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Refusing to seed demo data in production (NODE_ENV=production).')
  }
  const now = Date.now()
  const created: { email: string; password: string; role: string }[] = []
  const users = new Map<string, User>()
  for (const demo of DEMO_USERS) {
    let user = await findUserByEmail(payload, demo.email)
    if (!user) {
      const password = crypto.randomBytes(9).toString('base64url')
      user = await payload.create({
        collection: 'users',
        data: { ...demo, _verified: true, password },
        disableVerificationEmail: true,
      })
      created.push({ email: demo.email, password, role: demo.role })
    }
    users.set(demo.email, user)
  }
  const judge = users.get('judge@contestkit.local')

  let competitionsCreated = 0
  const living: Competition[] = []
  for (const { colors, livingDemo, ...competition } of demoCompetitions(now)) {
    const existing = await payload.find({ collection: 'competitions', limit: 1, where: { slug: { equals: competition.slug } } })
    let doc = existing.docs[0]
    if (!doc) {
      const data = await drawPoster(colors)
      const poster = await payload.create({
        collection: 'media',
        data: { alt: `Poster of ${competition.title}` },
        file: { data, mimetype: 'image/png', name: `${competition.slug}-poster.png`, size: data.byteLength },
      })
      doc = await payload.create({
        collection: 'competitions',
        data: { ...competition, judges: judge ? [judge.id] : [], poster: poster.id },
      })
      competitionsCreated++
    }
    if (livingDemo) living.push(doc)
  }

  const committee = users.get('committee@contestkit.local')
  const made = { registrations: 0, scores: 0, submissions: 0 }
  for (const competition of committee ? living : []) {
    const result = await seedLivingDemo(payload, competition, { committee: committee as User, judge })
    made.registrations += result.registrations
    made.scores += result.scores
    made.submissions += result.submissions
  }

  if (created.length > 0) {
    const lines = created.map(({ email, password, role }) => `  ${role.padEnd(12)} ${email.padEnd(32)} ${password}`)
    // Printed as plain text (not a log record) so the table is readable in any log format.
    console.log(`\nDemo logins (shown once; they are not stored anywhere in plain text):\n${lines.join('\n')}\n`)
  }
  log(
    payload,
    `${created.length} users, ${competitionsCreated} competitions, ${made.registrations} registrations, ${made.submissions} submissions and ${made.scores} scores created; the rest already existed.`,
  )
}
