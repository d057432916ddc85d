import type { Payload } from 'payload'

import crypto from 'node:crypto'
import { createLocalReq } from 'payload'

import type { Announcement, Competition, Registration, User } from '../payload-types'

import { asServerWrite } from '../db/serverWrite'
import { submissionWindow } from '../domain/judging'
import { institutionKey, type RegistrationStatus, registrationWindowError, teamNameKey } from '../domain/registration'
import { richText } from '../shared/richText'
import { simplePdf } from './pdf'
import { drawStudentCard } from './posters'

/**
 * The open demo competition as a living event, made through the app's own rules (the Local API
 * with the acting user, access and hooks applied): teams register as their leaders, with
 * student cards and payment proofs; the committee decides; a team withdraws; verified teams
 * submit work and the demo judge scores it. Emails, invitations, places, the waitlist and the
 * audit trail follow from those rules as they would in use.
 *
 * Creation times are spread over the last four weeks afterwards, as a server write (the rules
 * stamp "now"), so the overview's registrations-per-day chart has a shape.
 */

/** The quota is 12: the first twelve teams take the places, the later ones wait. */
type DemoTeam = {
  /** Other members besides the leader (invited by email). */
  crew: string[]
  /** Days before now the team registered. */
  daysAgo: number
  /** What the committee (or the team) did: the status the team ends in. */
  ends: RegistrationStatus
  institution: string
  /** A demo participant (DEMO_USERS) leads the team; otherwise a generated leader. */
  leader?: string
  name: string
  /** The note of a revision request or a rejection. */
  note?: string
  /** The leader's account first says this institution, then they correct it (an audit event). */
  profileTypo?: string
  /** Asked for a revision with this note, then resubmitted by the team (back to pending). */
  revision?: string
  /** Work submitted for the open stage: a file, a link, or nothing yet. */
  submits?: 'file' | 'link'
  /** The demo judge's score (Problem, Technical, Presentation), when already given. */
  score?: [number, number, number]
}

export const DEMO_TEAMS: DemoTeam[] = [
  {
    crew: ['Rani', 'Yusuf'],
    daysAgo: 27.6,
    ends: 'verified',
    institution: 'Universitas Indonesia',
    leader: 'participant1@contestkit.local',
    name: 'Garuda Devs',
    score: [8, 9, 7],
    submits: 'file',
  },
  {
    crew: ['Putri'],
    daysAgo: 25.2,
    ends: 'verified',
    institution: 'Institut Teknologi Sepuluh Nopember',
    leader: 'participant2@contestkit.local',
    name: 'Nusantara Code',
    score: [7, 6, 8],
    submits: 'link',
  },
  {
    crew: ['Galih', 'Sari', 'Tono'],
    daysAgo: 22.9,
    ends: 'verified',
    institution: 'Universitas Brawijaya',
    leader: 'participant3@contestkit.local',
    name: 'Kopi Koding',
    score: [9, 8, 9],
    submits: 'file',
  },
  // The demo judge is from ITB: this team's work is never theirs to score.
  { crew: ['Wulan'], daysAgo: 20.4, ends: 'verified', institution: 'Institut Teknologi Bandung', name: 'Rempah Robotics', submits: 'link' },
  { crew: ['Bayu', 'Intan'], daysAgo: 18.1, ends: 'verified', institution: 'Universitas Gadjah Mada', name: 'Batik Byte', submits: 'file' },
  { crew: ['Lestari'], daysAgo: 15.3, ends: 'verified', institution: 'IPB University', name: 'Sawah Smart' },
  { crew: ['Arif'], daysAgo: 12.8, ends: 'pending', institution: 'Universitas Airlangga', name: 'Ombak Labs' },
  { crew: ['Nadia', 'Rizky'], daysAgo: 10.2, ends: 'pending', institution: 'Universitas Diponegoro', name: 'Merapi Makers' },
  { crew: ['Andi'], daysAgo: 7.7, ends: 'pending', institution: 'Universitas Hasanuddin', name: 'Komodo Kernel' },
  {
    crew: ['Made', 'Ketut'],
    daysAgo: 6.1,
    ends: 'pending',
    institution: 'Universitas Udayana',
    name: 'Lontar Logic',
    profileTypo: 'Udayana',
    revision: 'The payment proof is for Rp50.000; the fee is Rp100.000. / Nominal transfer kurang.',
  },
  {
    crew: ['Siti'],
    daysAgo: 4.6,
    ends: 'needs-revision',
    institution: 'Universitas Padjadjaran',
    name: 'Angklung AI',
    note: 'The payment proof is cut off: the transfer amount and date are not visible. Please upload the whole receipt. / Bukti pembayaran terpotong: nominal dan tanggal transfer tidak terlihat.',
  },
  {
    crew: ['Dimas'],
    daysAgo: 3.2,
    ends: 'needs-revision',
    institution: 'Telkom University',
    name: 'Wayang Web',
    note: "Member 2's student card has expired (2024). Please upload a current one. / KTM anggota 2 sudah kedaluwarsa.",
  },
  {
    crew: ['Yohana'],
    daysAgo: 2.4,
    ends: 'rejected',
    institution: 'Universitas Cenderawasih',
    name: 'Cendrawasih Cloud',
    note: 'Both members graduated in 2025; the hackathon is for current students only. / Kedua anggota sudah lulus.',
  },
  { crew: ['Eka'], daysAgo: 1.7, ends: 'withdrawn', institution: 'Universitas Sebelas Maret', name: 'Borobudur Bots' },
  { crew: ['Kevin', 'Maria'], daysAgo: 0.9, ends: 'waitlisted', institution: 'Universitas Bina Nusantara', name: 'Tenun Tech' },
  { crew: ['Fikri'], daysAgo: 0.3, ends: 'waitlisted', institution: 'Universitas Andalas', name: 'Rendang Render' },
]

const DAY = 24 * 60 * 60 * 1000
const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
/** Generated leaders and members get addresses that no real inbox has. */
const leaderEmail = (team: DemoTeam) => team.leader ?? `${slugOf(team.name)}@peserta.contestkit.local`
const memberEmail = (team: DemoTeam, name: string) => `${name.toLowerCase()}.${slugOf(team.name)}@peserta.contestkit.local`

/** Six card designs, drawn once per run: drawing is the slow part of an upload. */
const cards = new Map<number, Promise<Buffer>>()
const studentCard = (variant: number): Promise<Buffer> => {
  const hue = (variant % 6) * 60
  if (!cards.has(hue)) cards.set(hue, drawStudentCard(hue))
  return cards.get(hue) as Promise<Buffer>
}

const upload = async (payload: Payload, user: User, purpose: 'document' | 'submission', name: string, data: Buffer, mimetype: string) =>
  payload.create({
    collection: 'attachments',
    data: { purpose },
    file: { data, mimetype, name, size: data.byteLength },
    overrideAccess: false,
    user,
  })

const leaderOf = async (payload: Payload, team: DemoTeam): Promise<User> => {
  const email = leaderEmail(team)
  const found = (await payload.find({ collection: 'users', limit: 1, where: { email: { equals: email } } })).docs[0]
  if (found) return found
  const leader = await payload.create({
    collection: 'users',
    data: {
      _verified: true,
      email,
      institution: team.profileTypo ?? team.institution,
      name: `Ketua ${team.name}`,
      // Nobody logs in as a generated leader; the demo participants lead the first three teams.
      password: crypto.randomBytes(18).toString('base64url'),
      role: 'participant',
    },
    disableVerificationEmail: true,
  })
  if (!team.profileTypo) return leader
  // The leader corrects their own profile, as on the account page.
  return payload.update({
    collection: 'users',
    data: { institution: team.institution },
    id: leader.id,
    overrideAccess: false,
    user: leader,
  })
}

/** A team registered as its leader: the same rules as the registration form. */
const register = async (payload: Payload, competition: Competition, team: DemoTeam, leader: User, index: number): Promise<Registration> => {
  const cards = await Promise.all(
    [leader.name, ...team.crew].map(async (name, member) =>
      upload(payload, leader, 'document', `ktm-${slugOf(name)}.png`, await studentCard(index + member), 'image/png'),
    ),
  )
  const proof = await upload(
    payload,
    leader,
    'document',
    'bukti-transfer.pdf',
    simplePdf(`Bukti transfer Rp100.000 - ${team.name} - ${competition.title}`),
    'application/pdf',
  )
  // The form's fields only: status, leader, fee and keys are the rules' to set.
  const form: Pick<Registration, 'competition' | 'institution' | 'members' | 'paymentProof' | 'teamName'> = {
    competition: competition.id,
    institution: team.institution,
    members: [leader.name, ...team.crew].map((name, member) => ({
      email: member === 0 ? leader.email : memberEmail(team, name),
      name,
      studentCard: cards[member].id,
      studentId: `${2200000 + index * 10 + member}`,
    })),
    paymentProof: proof.id,
    teamName: team.name,
  }
  return payload.create({ collection: 'registrations', data: form as Registration, overrideAccess: false, user: leader })
}

/** Where the team ends: the committee's decision with its note, or the team's own withdrawal. */
const decide = async (payload: Payload, registration: Registration, team: DemoTeam, committee: User, leader: User) => {
  if (team.revision) {
    await payload.update({
      collection: 'registrations',
      data: { reviewNote: team.revision, status: 'needs-revision' },
      id: registration.id,
      overrideAccess: false,
      user: committee,
    })
    // The team uploads the whole receipt; saving sends the registration back to pending.
    const proof = await upload(
      payload,
      leader,
      'document',
      'bukti-transfer-lengkap.pdf',
      simplePdf(`Bukti transfer Rp100.000 - ${team.name}`),
      'application/pdf',
    )
    await payload.update({
      collection: 'registrations',
      data: { paymentProof: proof.id },
      id: registration.id,
      overrideAccess: false,
      user: leader,
    })
  }
  if (team.ends === 'pending' || team.ends === 'waitlisted') return
  if (team.ends === 'withdrawn') {
    await payload.update({
      collection: 'registrations',
      data: { status: 'withdrawn' },
      id: registration.id,
      overrideAccess: false,
      user: leader,
    })
    return
  }
  await payload.update({
    collection: 'registrations',
    data: { status: team.ends, ...(team.note ? { reviewNote: team.note } : {}) },
    id: registration.id,
    overrideAccess: false,
    user: committee,
  })
}

const submitWork = async (payload: Payload, competition: Competition, registration: Registration, team: DemoTeam, leader: User) => {
  const stage = competition.stages?.[0]
  if (!team.submits || !stage || !submissionWindow(stage, new Date()).open) return null
  const work =
    team.submits === 'file'
      ? {
          file: (
            await upload(
              payload,
              leader,
              'submission',
              `proposal-${slugOf(team.name)}.pdf`,
              simplePdf(`${team.name}: proposal`),
              'application/pdf',
            )
          ).id,
        }
      : { link: `https://github.com/contestkit-demo/${slugOf(team.name)}` }
  return payload.create({
    collection: 'submissions',
    data: { ...work, notes: 'Demo video link in the README.', registration: registration.id, stage: stage.key },
    overrideAccess: false,
    user: leader,
  })
}

export type LivingDemoResult = { registrations: number; scores: number; submissions: number }

/**
 * Fills `competition` with DEMO_TEAMS, each once: a team whose name is already registered in it
 * is left as it is, so running the seed again adds nothing.
 */
export const seedLivingDemo = async (
  payload: Payload,
  competition: Competition,
  staff: { committee: User; judge?: User },
): Promise<LivingDemoResult> => {
  const result: LivingDemoResult = { registrations: 0, scores: 0, submissions: 0 }
  // A database seeded long ago keeps its old dates: teams register only while registration is open.
  const closed = registrationWindowError(competition.registrationOpensAt, competition.registrationClosesAt, new Date())
  if (closed) {
    payload.logger.info(`[seed] ${competition.title}: no demo teams added (${closed})`)
    return result
  }
  // Matched by team name: a rejected or withdrawn team gives its name key back, not its name.
  const existing = await payload.find({
    collection: 'registrations',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { teamName: true },
    where: { competition: { equals: competition.id } },
  })
  const taken = new Set(existing.docs.map((doc) => teamNameKey(doc.teamName)))
  const req = await createLocalReq({}, payload)
  const now = Date.now()
  for (const [index, team] of DEMO_TEAMS.entries()) {
    if (taken.has(teamNameKey(team.name))) continue
    const leader = await leaderOf(payload, team)
    const registration = await register(payload, competition, team, leader, index)
    result.registrations++
    // Registered over the last weeks, not all this second; the server's own write.
    await asServerWrite(req, () =>
      payload.update({
        collection: 'registrations',
        data: { createdAt: new Date(now - team.daysAgo * DAY).toISOString() },
        id: registration.id,
        overrideAccess: true,
        req,
      }),
    )
    await decide(payload, registration, team, staff.committee, leader)
    if (team.ends !== 'verified') continue
    const submission = await submitWork(payload, competition, registration, team, leader)
    if (!submission) continue
    result.submissions++
    const judge = staff.judge
    const mayScore = judge && institutionKey(judge.institution ?? '') !== institutionKey(team.institution)
    if (!team.score || !mayScore) continue
    const rubric = competition.stages?.[0]?.rubric ?? []
    await payload.create({
      collection: 'scores',
      data: {
        comment: 'Clear problem statement; the demo could show more of the working product.',
        criteria: rubric.map(({ criterion }, position) => ({ criterion, score: team.score?.[position] ?? 5 })),
        submission: submission.id,
      },
      overrideAccess: false,
      user: judge,
    })
    result.scores++
  }
  await announceTechnicalMeeting(payload, competition, staff.committee)
  return result
}

const ANNOUNCEMENT_TITLE = 'Technical meeting for all teams'

/** One announcement to every registered team, posted by the committee once (matched by title). */
const announceTechnicalMeeting = async (payload: Payload, competition: Competition, committee: User) => {
  const existing = await payload.count({
    collection: 'announcements',
    where: { and: [{ competition: { equals: competition.id } }, { title: { equals: ANNOUNCEMENT_TITLE } }] },
  })
  if (existing.totalDocs > 0) return
  await payload.create({
    collection: 'announcements',
    data: {
      audience: 'registered',
      body: richText(
        'The technical meeting is on Zoom next Saturday at 09:00 WIB. The link goes out by email the day before.',
        'Bring your student card (KTM) and join with your team name as your display name.',
      ) as Announcement['body'],
      competition: competition.id,
      publishAt: new Date().toISOString(),
      title: ANNOUNCEMENT_TITLE,
    },
    overrideAccess: false,
    user: committee,
  })
}
