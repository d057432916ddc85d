import type { ServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { isCommittee } from '../../../access/roles'
import { checkInWords } from '../../i18n/checkIn'

/** A link to /admin/check-in (the on-site check-in desk) in the admin navigation, for the committee. */
export function CheckInNavLink({ i18n, payload, user }: ServerProps) {
  if (!isCommittee(user)) return null
  return (
    <Link className="nav__link" href={`${payload.config.routes.admin}/check-in`} style={{ display: 'block', padding: '4px 0' }}>
      {checkInWords(i18n.language).admin.navLink}
    </Link>
  )
}
