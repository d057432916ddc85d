import Link from 'next/link'
import React from 'react'

/** A link to /admin/judging in the admin navigation. */
export function JudgingNavLink() {
  return (
    <Link className="nav__link" href="/admin/judging" style={{ display: 'block', padding: '4px 0' }}>
      Judging: scores and rankings
    </Link>
  )
}
