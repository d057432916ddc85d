import type { FieldAccess } from 'payload'

import { isCommittee } from './roles'

/** Fields the server computes; a value in any body is dropped. */
export const serverOnly: FieldAccess = () => false

/** Fields only the committee writes (reviews, placings, progress). */
export const committeeWrites: FieldAccess = ({ req: { user } }) => isCommittee(user)

/**
 * A field the server sets and everyone with read access sees, read-only in the admin panel:
 * spread into a field's config (`{ name: 'code', type: 'text', ...systemField }`).
 */
export const systemField = { access: { create: serverOnly, update: serverOnly }, admin: { readOnly: true } } as const
