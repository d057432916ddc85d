import type { ServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { isCommittee } from '../../../access/roles'
import { reviewWords } from '../../i18n/review'

/** A link to /admin/review (the review queue) in the admin navigation, for the committee. */
export function ReviewNavLink({ i18n, payload, user }: ServerProps) {
  if (!isCommittee(user)) return null
  return (
    <Link className="nav__link" href={`${payload.config.routes.admin}/review`} style={{ display: 'block', padding: '4px 0' }}>
      {reviewWords(i18n.language).reviewNavLink}
    </Link>
  )
}
