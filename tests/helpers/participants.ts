import type { Payload } from 'payload'

import crypto from 'node:crypto'
import { jwtSign } from 'payload'

export type SeededParticipant = { card: string; email: string; token: string }

/**
 * A verified participant with a registration document of their own and a login token, written
 * straight through the database adapter: a burst test needs hundreds, and signing up, logging in
 * and uploading through HTTP would take minutes (each password hash alone is tens of
 * milliseconds). The token is what a login returns: a JWT with a session stored on the user.
 * The document has no file on disk; registering only checks its owner and purpose.
 */
export const seedParticipant = async (payload: Payload, email: string): Promise<SeededParticipant> => {
  const sid = crypto.randomUUID()
  const now = new Date()
  const user = await payload.db.create({
    collection: 'users',
    data: {
      // No password: the token below is their only way in.
      _verified: true,
      email,
      name: email.split('@')[0],
      role: 'participant',
      sessions: [{ createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + 8 * 3600_000).toISOString(), id: sid }],
    },
  })
  const card = await payload.db.create({
    collection: 'attachments',
    data: { filename: `card-${user.id}.pdf`, filesize: 100, mimeType: 'application/pdf', owner: user.id, purpose: 'document' },
  })
  const { token } = await jwtSign({
    fieldsToSign: { collection: 'users', email, id: user.id, sid },
    secret: payload.secret,
    tokenExpiration: 8 * 3600,
  })
  return { card: String(card.id), email, token }
}
