import type { CollectionConfig } from 'payload'

import { committeeOnly, isCommittee } from '../access'
import { acceptInvitationEndpoint, myInvitationsEndpoint } from '../src/endpoints/invitations'

const nobody = () => false

/**
 * An invitation to join a team, one per member (the leader excepted) and email. Only the hash
 * of the emailed token is stored. The endpoints in src/endpoints/invitations.ts do all the
 * work (accept, list mine, resend); through Payload's own API the committee may only read.
 */
export const Invitations: CollectionConfig<'invitations'> = {
  slug: 'invitations',
  access: { create: nobody, delete: nobody, read: committeeOnly, update: nobody },
  admin: {
    defaultColumns: ['email', 'registration', 'expiresAt', 'acceptedAt', 'revokedAt'],
    group: 'Registrations',
    hidden: ({ user }) => !isCommittee(user),
  },
  defaultSort: '-createdAt',
  endpoints: [acceptInvitationEndpoint, myInvitationsEndpoint],
  fields: [
    { name: 'registration', type: 'relationship', admin: { readOnly: true }, index: true, relationTo: 'registrations', required: true },
    { name: 'memberId', type: 'text', admin: { description: 'The member row the invitation was made for.', readOnly: true } },
    { name: 'email', type: 'email', admin: { readOnly: true }, index: true, required: true },
    { name: 'tokenHash', type: 'text', admin: { hidden: true }, hidden: true, required: true, unique: true },
    { name: 'sentAt', type: 'date', admin: { readOnly: true }, required: true },
    { name: 'expiresAt', type: 'date', admin: { readOnly: true }, required: true },
    { name: 'acceptedAt', type: 'date', admin: { readOnly: true } },
    { name: 'acceptedBy', type: 'relationship', admin: { readOnly: true }, relationTo: 'users' },
    {
      name: 'revokedAt',
      type: 'date',
      admin: { description: 'Replaced by a newer invitation, or the member left the team.', readOnly: true },
    },
  ],
  timestamps: true,
}
