import type { CollectionBeforeChangeHook } from 'payload'

import type { Registration } from '../../src/payload-types'

import { isMemberBinding } from '../../src/db/serverWrite'
import { emailKey } from '../../src/domain/registration'
import { idOf } from '../../src/shared/idOf'

/**
 * Who each member row is bound to. The leader (member one) is their own account; any other
 * member is bound only by accepting an invitation (src/endpoints/invitations.ts, which saves
 * as a member-binding server write, see src/db/serverWrite.ts). Whatever else saves the members keeps a binding only while
 * the row's email stays the same: a row whose email changes is a different person, unbound
 * until they accept their own invitation. Row ids are not trusted to say "same person": the
 * public form resends members without them.
 */
export const bindMembers: CollectionBeforeChangeHook<Registration> = ({ context, data, operation, originalDoc }) => {
  if (isMemberBinding(context) || !data.members) return data
  const leader = idOf(operation === 'create' ? data.leader : originalDoc?.leader) ?? null
  const bound = new Map(
    (operation === 'update' ? (originalDoc?.members ?? []) : [])
      .filter((member) => idOf(member.user))
      .map((member) => [emailKey(member.email), idOf(member.user) as string]),
  )
  data.members = data.members.map((member, index) => ({
    ...member,
    user: index === 0 ? leader : (bound.get(emailKey(member.email ?? '')) ?? null),
  }))
  return data
}
