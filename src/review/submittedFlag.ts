import type { PayloadRequest } from 'payload'

/**
 * Recomputes a registration's `hasSubmitted` from its submissions, inside the request's
 * transaction. Written straight through the database adapter: it is a fact the server records
 * about the team, not a change to it, so the registration's hooks do not run and its
 * `updatedAt` stays put (a reviewer who has it open is not told it changed).
 */
export const setHasSubmitted = async (req: PayloadRequest, registrationId: string): Promise<void> => {
  const { totalDocs } = await req.payload.count({
    collection: 'submissions',
    overrideAccess: true,
    req,
    where: { registration: { equals: registrationId } },
  })
  await req.payload.db.updateOne({
    collection: 'registrations',
    // `updatedAt: null`: the adapter would otherwise stamp the write.
    data: { hasSubmitted: totalDocs > 0, updatedAt: null },
    id: registrationId,
    req,
    returning: false,
  })
}
