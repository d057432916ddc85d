import type { PayloadRequest, Where } from 'payload'

/**
 * "Is this person on the team" has one answer everywhere: they lead it, or a member row is
 * bound to their account because they accepted its invitation. Never an email compared at
 * request time: an email is text a person can change.
 */
export const onTeamWhere = (userId: number | string): Where => ({
  or: [{ leader: { equals: userId } }, { 'members.user': { equals: userId } }],
})

/** The registrations (teams) this account is on, read inside the request's transaction. */
export const teamRegistrationIds = async (req: PayloadRequest, userId: number | string): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: 'registrations',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { status: true },
    where: onTeamWhere(userId),
  })
  return docs.map((doc) => String(doc.id))
}

/** The accounts bound to a registration: its leader and every member who accepted. */
export const teamAccountsOf = (registration: { leader?: unknown; members?: { user?: unknown }[] | null }): string[] => {
  const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : value ? String(value) : undefined)
  const ids = [idOf(registration.leader), ...(registration.members ?? []).map((member) => idOf(member.user))]
  return [...new Set(ids.filter((id): id is string => Boolean(id)))]
}
