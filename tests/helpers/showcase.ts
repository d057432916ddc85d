import sharp from 'sharp'

import type { RunningServer } from './server'

import { richText } from '../../src/shared/richText'
import { uploadForm } from './files'
import { daysFromNow } from './fixtures'

/** A poster as a committee would upload one: a portrait JPEG with some structure (not one flat colour). */
const posterJpeg = (width: number, height: number, colour: string) =>
  sharp({ create: { background: colour, channels: 3, height, width } })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="60" y="60" width="${width - 120}" height="${Math.round(height / 3)}" fill="#ffffff" opacity="0.85"/><circle cx="${width / 2}" cy="${Math.round(height * 0.7)}" r="${Math.round(width / 4)}" fill="#f59e0b"/></svg>`,
        ),
      },
    ])
    .jpeg({ quality: 80 })
    .toBuffer()

/**
 * A published competition with everything its page shows: poster, logo, accent colour, rich-text
 * description, registration open now, a stage running and one to come, fee waves, prizes,
 * contacts. Returns its slug and the poster's document as the API gave it.
 */
export const seedShowcaseCompetition = async (server: RunningServer, slug = 'showcase-hackathon') => {
  const token = await server.login(server.admin.email, server.admin.password)
  const upload = async (file: Buffer, name: string, alt: string) => {
    const response = await server.api('POST', '/media', uploadForm(file, name, 'image/jpeg', { alt }), token)
    if (response.status !== 201) throw new Error(`uploading ${name}: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body.doc
  }
  const poster = await upload(await posterJpeg(1200, 1600, '#0f766e'), 'showcase-poster.jpg', 'Showcase Hackathon poster')
  const logo = await upload(await posterJpeg(400, 400, '#1e3a8a'), 'showcase-logo.jpg', 'Himpunan Informatika logo')
  const created = await server.api(
    'POST',
    '/competitions',
    {
      _status: 'published',
      accentColor: '#0f766e',
      category: 'hackathon',
      contacts: [{ email: 'panitia@showcase.test', name: 'Sari (committee)', phone: '+62 812 3456 7890' }],
      description: richText(
        'A 48-hour hackathon for students: build something that helps your campus.',
        'Teams of two to four; mentors on call through the whole event.',
      ),
      fee: 150000,
      feeSchedule: [{ fee: 100000, label: 'Early bird', until: daysFromNow(5) }],
      logo: logo.id,
      poster: poster.id,
      prizes: [
        { reward: 'Rp10.000.000', title: 'First place' },
        { reward: 'Rp5.000.000', title: 'Second place' },
      ],
      quota: 40,
      registrationClosesAt: daysFromNow(14),
      registrationOpensAt: daysFromNow(-3),
      slug,
      stages: [
        { closesAt: daysFromNow(10), key: 'proposal', name: 'Proposal', opensAt: daysFromNow(-1) },
        { closesAt: daysFromNow(30), key: 'final', name: 'Final', opensAt: daysFromNow(20) },
      ],
      summary: 'Build for your campus in 48 hours.',
      teamSize: { max: 4, min: 2 },
      title: 'Showcase Hackathon',
    },
    token,
  )
  if (created.status !== 201) throw new Error(`creating the competition: ${created.status} ${JSON.stringify(created.body)}`)
  return { poster, slug }
}
